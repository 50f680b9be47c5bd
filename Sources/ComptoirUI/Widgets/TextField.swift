/// A one-line input. The cursor stays at the end: a till field is typed, not edited.
public struct TextField: Equatable, Sendable {
    public var text: String
    public var maxLength: Int
    public var digitsOnly: Bool
    public var masked: Bool

    public init(_ text: String = "", maxLength: Int = 40, digitsOnly: Bool = false, masked: Bool = false) {
        self.text = text
        self.maxLength = maxLength
        self.digitsOnly = digitsOnly
        self.masked = masked
    }

    public var isEmpty: Bool { text.isEmpty }
    public var trimmed: String { text.trimmingCharacters(in: .whitespaces) }

    /// Handles typing keys; false when the key is not for the field.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            if digitsOnly && !(c.asciiValue.map { (48...57).contains($0) } ?? false) { return false }
            if text.count < maxLength { text.append(c) }
            return true
        case .backspace:
            if !text.isEmpty { text.removeLast() }
            return true
        case .ctrl("u"):
            text = ""
            return true
        default:
            return false
        }
    }

    public mutating func clear() { text = "" }

    /// What is drawn: the text (or dots) padded with underscores to `width`.
    public func display(width: Int) -> String {
        let shown = masked ? String(repeating: "•", count: text.count) : text
        let visible = shown.count > width ? String(shown.suffix(width)) : shown
        return visible + String(repeating: "_", count: max(0, width - visible.count))
    }

    /// Column of the cursor relative to the field start.
    public func cursorOffset(width: Int) -> Int { min(text.count, width - 1) }
}

import Foundation
