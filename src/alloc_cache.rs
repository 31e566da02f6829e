//! The binary's memory allocator: the system allocator, with a per-thread cache of freed
//! small blocks.
//!
//! Extraction makes and drops many small strings and vectors (tokens' texts, terms, claim
//! texts, report pieces): about one allocation per byte of article text. glibc's own
//! per-thread cache keeps 7 blocks of each size, and past that every allocation and free
//! goes through its shared bins, a fifth of a corpus run. This cache keeps up to
//! [`KEEP`] freed blocks of each 16-byte size class up to 512 bytes per thread, and hands
//! them out again without a call into glibc. Larger or over-aligned blocks go straight to
//! the system allocator.
//!
//! A block's size is rounded up to its class before it is asked of the system, so a block
//! freed on another thread (rayon workers build reports, the main thread drops them) can
//! serve any allocation of its class there, or go back to the system with the layout it was
//! allocated with. At most `KEEP` × 16 × (1 + … + 32) bytes (8.6 MB) stay cached per
//! thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// Size-class width and the alignment every cached block has.
const CLASS: usize = 16;
/// Number of size classes: blocks of up to `CLASSES * CLASS` bytes are cached.
const CLASSES: usize = 32;
/// Most freed blocks kept per class and thread.
const KEEP: u32 = 1024;

/// Freed blocks of one class, linked through their first word.
struct FreeList {
    head: Cell<*mut u8>,
    len: Cell<u32>,
}

thread_local! {
    // Constant-initialised and without a destructor: reading it never allocates and works
    // until the thread is gone.
    static CACHE: [FreeList; CLASSES] = const {
        [const {
            FreeList {
                head: Cell::new(ptr::null_mut()),
                len: Cell::new(0),
            }
        }; CLASSES]
    };
}

/// The size class of a layout (index into `CACHE`), `None` for blocks not cached.
fn class_of(layout: &Layout) -> Option<usize> {
    (layout.size() <= CLASSES * CLASS && layout.align() <= CLASS && layout.size() > 0)
        .then(|| (layout.size() - 1) / CLASS)
}

/// The layout a block of class `c` is allocated with from the system.
fn class_layout(c: usize) -> Layout {
    // SAFETY: the size is a non-zero multiple of the alignment, a power of two.
    unsafe { Layout::from_size_align_unchecked((c + 1) * CLASS, CLASS) }
}

pub struct CachingAlloc;

unsafe impl GlobalAlloc for CachingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class_of(&layout) else {
            return System.alloc(layout);
        };
        let cached = CACHE.with(|lists| {
            let list = &lists[c];
            let head = list.head.get();
            if !head.is_null() {
                // SAFETY: a cached block is at least 16 bytes, 16-aligned, and holds the
                // next block's address in its first word (see `dealloc`).
                list.head.set(ptr::read(head as *mut *mut u8));
                list.len.set(list.len.get() - 1);
            }
            head
        });
        if cached.is_null() {
            System.alloc(class_layout(c))
        } else {
            cached
        }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(c) = class_of(&layout) else {
            return System.dealloc(block, layout);
        };
        let kept = CACHE.with(|lists| {
            let list = &lists[c];
            if list.len.get() >= KEEP {
                return false;
            }
            // SAFETY: the block is ours again, at least 16 bytes and 16-aligned.
            ptr::write(block as *mut *mut u8, list.head.get());
            list.head.set(block);
            list.len.set(list.len.get() + 1);
            true
        });
        if !kept {
            System.dealloc(block, class_layout(c));
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if class_of(&layout).is_none() {
            return System.alloc_zeroed(layout);
        }
        let block = self.alloc(layout);
        if !block.is_null() {
            ptr::write_bytes(block, 0, layout.size());
        }
        block
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (of the new layout): the caller guarantees `new_size`, rounded up to the
        // alignment, does not overflow.
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        match (class_of(&layout), class_of(&new_layout)) {
            (None, None) => System.realloc(block, layout, new_size),
            (Some(a), Some(b)) if a == b => block,
            _ => {
                let new_block = self.alloc(new_layout);
                if !new_block.is_null() {
                    ptr::copy_nonoverlapping(block, new_block, layout.size().min(new_size));
                    self.dealloc(block, layout);
                }
                new_block
            }
        }
    }
}

#[cfg(test)]
mod tests {
    // The test binary of `main.rs` runs with this allocator as its global allocator.

    #[test]
    fn blocks_keep_their_contents_through_growth_shrinking_and_other_threads() {
        let mut strings: Vec<String> = (0..5_000).map(|i| "x".repeat(i % 700)).collect();
        for (i, s) in strings.iter_mut().enumerate() {
            // grow across classes, past the cached sizes, and shrink back
            s.push_str(&"y".repeat(i % 40));
            s.shrink_to_fit();
        }
        let moved = std::thread::spawn(move || {
            let total: usize = strings.iter().map(String::len).sum();
            (strings, total)
        })
        .join()
        .expect("thread");
        let (strings, total) = moved;
        let expected: usize = (0..5_000).map(|i| i % 700 + i % 40).sum();
        assert_eq!(total, expected);
        for (i, s) in strings.iter().enumerate() {
            assert_eq!(s.len(), i % 700 + i % 40);
            assert!(s.bytes().take(i % 700).all(|b| b == b'x'));
            assert!(s.bytes().skip(i % 700).all(|b| b == b'y'));
        }
        // freed on this thread after being allocated on the other one's data
        drop(strings);
        let zeroed = vec![0u64; 33];
        assert!(zeroed.iter().all(|&x| x == 0));
        let over_aligned = Box::new(Aligned([7u8; 64]));
        assert_eq!(over_aligned.0[63], 7);
        assert_eq!(&*over_aligned as *const Aligned as usize % 64, 0);
    }

    #[repr(align(64))]
    struct Aligned([u8; 64]);
}
