/// Bytes as `hexdump -Cv` shows them: offset, 16 bytes in two groups of 8, the printable
/// ASCII between bars (`.` for anything else), then the length. A golden job can be
/// checked against `hexdump -Cv job.bin` and read by a reviewer.
func hexDump(_ bytes: [UInt8]) -> String {
    var out = ""
    for start in stride(from: 0, to: bytes.count, by: 16) {
        let row = bytes[start..<min(start + 16, bytes.count)]
        var hex = ""
        for (i, byte) in row.enumerated() {
            hex += (i == 8 ? "  " : " ") + hexDigits(Int(byte), 2)
        }
        hex += String(repeating: " ", count: 49 - hex.count)
        let ascii = String(row.map { (0x20...0x7E).contains($0) ? Character(Unicode.Scalar($0)) : "." })
        out += "\(hexDigits(start, 8)) \(hex)  |\(ascii)|\n"
    }
    return out + hexDigits(bytes.count, 8) + "\n"
}

private func hexDigits(_ value: Int, _ width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
