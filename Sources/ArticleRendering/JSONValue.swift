// A minimal JSON value with deterministic, sorted-key serialization.

/// A JSON value. Objects serialize with their keys sorted, so output never depends on hashing
/// and golden files do not churn.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// `.string` for a value, `.null` for `nil`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Compact JSON on one line (for `jsonl`).
    public var compact: String {
        var output = ""
        write(to: &output, indent: nil, level: 0)
        return output
    }

    /// JSON indented by two spaces.
    public var pretty: String {
        var output = ""
        write(to: &output, indent: "  ", level: 0)
        return output
    }

    // Iteration would be needed only for nesting deeper than an article's blocks ever go (three levels).
    private func write(to output: inout String, indent: String?, level: Int) {
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .number(value): output += String(value)
        case let .string(value): JSONValue.writeString(value, to: &output)
        case let .array(values):
            if values.isEmpty { output += "[]"; return }
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                newline(&output, indent, level + 1)
                value.write(to: &output, indent: indent, level: level + 1)
            }
            newline(&output, indent, level)
            output += "]"
        case let .object(members):
            if members.isEmpty { output += "{}"; return }
            output += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                newline(&output, indent, level + 1)
                JSONValue.writeString(key, to: &output)
                output += indent == nil ? ":" : ": "
                members[key]!.write(to: &output, indent: indent, level: level + 1)
            }
            newline(&output, indent, level)
            output += "}"
        }
    }

    private func newline(_ output: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        output += "\n"
        for _ in 0..<level { output += indent }
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped, the rest
    /// (including non-ASCII text) as UTF-8, which keeps Chinese readable in the output.
    static func writeString(_ value: String, to output: inout String) {
        output.append("\"")
        // Runs that need no escape are copied whole; only the bytes that do are looked at one by one.
        let bytes = value.utf8
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let escape: String?
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00..<0x20:
                let hex = String(byte, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2:
                // U+2028 and U+2029 end lines in JavaScript.
                let second = bytes.index(after: index)
                let third = second < bytes.endIndex ? bytes.index(after: second) : second
                if third < bytes.endIndex, bytes[second] == 0x80, bytes[third] == 0xA8 || bytes[third] == 0xA9 {
                    escape = bytes[third] == 0xA8 ? "\\u2028" : "\\u2029"
                } else {
                    escape = nil
                }
            default:
                escape = nil
            }
            guard let escape else {
                index = bytes.index(after: index)
                continue
            }
            output.append(contentsOf: Substring(bytes[runStart..<index]))
            output.append(escape)
            let length = byte == 0xE2 ? 3 : 1
            index = bytes.index(index, offsetBy: length)
            runStart = index
        }
        output.append(contentsOf: Substring(bytes[runStart..<bytes.endIndex]))
        output.append("\"")
    }
}
