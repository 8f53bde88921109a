//! The widget's memory allocator: a free list per power-of-two size class, over memory taken
//! from the WebAssembly heap as it grows. It is some 3 kB (gzip) smaller in the download than
//! the standard library's dlmalloc. The price is up to twice the memory a block needs and no
//! merging of free blocks, which suits the widget: reading an article again allocates the same
//! sizes again, and finds them on the free lists.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

/// Size classes: blocks of 2^0 to 2^31 bytes (the whole 32-bit address space).
const CLASSES: usize = 32;
/// The smallest block, and every block's alignment: room for the free list's link.
const MIN: usize = 16;
const PAGE: usize = 65_536;
/// Pages taken at a time, so that growing memory (which detaches JavaScript's views of it) is
/// rare.
const GROW: usize = 16;

/// The size class of a block for `layout`; `None` when no block is large enough.
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(MIN);
    let c = size.checked_next_power_of_two()?.trailing_zeros() as usize;
    (c < CLASSES).then_some(c)
}

struct Heap {
    /// The first free block of each class; each free block holds the address of the next.
    free: [*mut u8; CLASSES],
    /// Where the next new block may start, and the end of the memory taken so far.
    next: usize,
    end: usize,
}

/// The allocator (`#[global_allocator]` in `lib.rs`).
pub(crate) struct SizeClasses(UnsafeCell<Heap>);

// The widget's WebAssembly runs on one thread: nothing else ever touches the heap.
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    pub(crate) const fn new() -> Self {
        SizeClasses(UnsafeCell::new(Heap {
            free: [null_mut(); CLASSES],
            next: 0,
            end: 0,
        }))
    }
}

impl Heap {
    /// A block of `2^c` bytes at `align`, cut from memory not used before.
    fn fresh(&mut self, c: usize, align: usize) -> *mut u8 {
        let size = 1usize << c;
        let cut = |next: usize| {
            let start = next.checked_add(align - 1)? & !(align - 1);
            Some((start, start.checked_add(size)?))
        };
        let Some((mut start, mut stop)) = cut(self.next) else {
            return null_mut();
        };
        if stop > self.end {
            let pages = (size + align).div_ceil(PAGE).max(GROW);
            let before = core::arch::wasm32::memory_grow(0, pages);
            if before == usize::MAX {
                return null_mut();
            }
            let base = before * PAGE;
            // Memory grown by someone else in between: start over at the new pages.
            if base != self.end {
                self.next = base;
                let Some(cut) = cut(base) else {
                    return null_mut();
                };
                (start, stop) = cut;
            }
            self.end = base + pages * PAGE;
        }
        self.next = stop;
        start as *mut u8
    }
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class(layout) else {
            return null_mut();
        };
        let heap = &mut *self.0.get();
        let head = heap.free[c];
        // Blocks on the free lists are aligned to MIN; one asked to be aligned further is new.
        if !head.is_null() && layout.align() <= MIN {
            heap.free[c] = *(head as *mut *mut u8);
            return head;
        }
        heap.fresh(c, layout.align().max(MIN))
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // A block aligned beyond MIN is not reused (nothing in the widget asks for one).
        let Some(c) = class(layout).filter(|_| layout.align() <= MIN) else {
            return;
        };
        let heap = &mut *self.0.get();
        *(ptr as *mut *mut u8) = heap.free[c];
        heap.free[c] = ptr;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
            return null_mut();
        };
        let (Some(old_class), Some(new_class)) = (class(layout), class(new)) else {
            return null_mut();
        };
        // Still the same class: the block already has room.
        if old_class == new_class {
            return ptr;
        }
        // The block cut last, growing: it grows where it is, as far as the memory taken allows
        // (a vector or string being built, most often), unless a free block of the new class
        // waits. Growing in place then would take fresh memory on every read of an article
        // while the free blocks pile up (1 MiB every other read of a 1 MB one).
        let heap = &mut *self.0.get();
        let at = ptr as usize;
        if new_class > old_class
            && heap.free[new_class].is_null()
            && at.checked_add(1 << old_class) == Some(heap.next)
        {
            if let Some(stop) = at.checked_add(1 << new_class).filter(|&s| s <= heap.end) {
                heap.next = stop;
                return ptr;
            }
        }
        let moved = self.alloc(new);
        if !moved.is_null() {
            std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        moved
    }
}
