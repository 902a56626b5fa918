// A file's bytes read straight into the array the parser takes.
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads what an open file descriptor holds, up to a limit, with `read(2)`.
///
/// A batch reads one file per page: FileHandle read each into `Data`, which was then copied into
/// the byte array the parser takes, a copy and an allocation per page for nothing. A regular
/// file's size sizes the array; a pipe grows it as it fills.
enum FileContents {
    /// The descriptor's bytes until its end or until `limit` bytes, whichever comes first.
    ///
    /// - Returns: the bytes, or the `errno` of the read that failed.
    static func bytes(of descriptor: CInt, upTo limit: Int) -> Result<[UInt8], Errno> {
        var status = stat()
        // One byte past a regular file's size, so that its end is seen by the read after it.
        let expected = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) + 1 : 64 * 1024
        var bytes = [UInt8](repeating: 0, count: max(1, min(expected, limit)))
        var count = 0
        while count < limit {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit - count))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(Errno(code: errno))
            }
            count += got
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// A failed system call's error number and its message.
    struct Errno: Error {
        let code: CInt
        /// The system's message, lowercased as the command's error lines write it (`permission denied`).
        var reason: String { String(cString: strerror(code)).lowercased() }
    }
}
