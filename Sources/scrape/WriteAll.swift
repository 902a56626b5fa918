// Writing a whole text to a file descriptor, through short writes and interruptions.
import Foundation

/// Writes all of `text` to `descriptor`; returns `errno` when a write fails (a closed pipe, a full disk).
func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
    var copy = text
    return copy.withUTF8 { bytes -> Int32? in
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
