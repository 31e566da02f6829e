//! The `stancegraph` command: parses arguments and prints; the work is in the library.

mod alloc_cache;
mod cli;

#[global_allocator]
static ALLOC: alloc_cache::CachingAlloc = alloc_cache::CachingAlloc;

fn main() {
    std::process::exit(cli::run());
}
