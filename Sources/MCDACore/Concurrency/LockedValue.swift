#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value guarded by a POSIX mutex: the shared state of parallel runs (failures, progress,
/// per-block results).
///
/// Why not the standard library's `Mutex`: on Linux it locks with futexes from code that
/// ThreadSanitizer does not instrument, so `make sanitize` saw no ordering between two threads'
/// accesses inside `withLock` and reported a data race that was not one (in `ParallelBlocks`, when
/// blocks failed on two workers). `pthread_mutex_lock` is intercepted by every sanitizer, and
/// uncontended it costs about the same.
///
/// Example:
/// ```swift
/// let done = LockedValue(0)
/// done.withLock { $0 += 1 }
/// ```
final class LockedValue<Value>: @unchecked Sendable {
    private var value: Value
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init(_ value: Value) {
        self.value = value
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with the value, no other thread inside a `withLock` of this value meanwhile.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
