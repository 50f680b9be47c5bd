import Testing
@testable import ComptoirLedger

@Suite struct MallocArenasTests {
    /// The programs limit glibc's arenas at start; mallopt is found and accepts it.
    @Test func theArenasAreLimitedOnLinux() {
        #if os(Linux)
        #expect(MallocArenas.limit(to: 8))
        #endif
    }
}
