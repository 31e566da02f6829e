//! The `stancegraph` command: parses arguments and prints; the work is in the library.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
