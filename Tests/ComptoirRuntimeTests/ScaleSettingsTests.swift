import Testing
import ComptoirScale
@testable import ComptoirRuntime

@Suite struct ScaleSettingsTests {
    @Test func toledoIsTheDefaultProtocol() throws {
        let config = try Configuration.parse("[scale]\nport = \"/dev/ttyUSB0\"\n", name: "test.toml")
        #expect(config.scale.scaleProtocol == .toledo8217)
        #expect(try config.scale.scale()?.scaleProtocol == .toledo8217)
    }

    @Test func smaIsChosenByScaleProtocol() throws {
        let config = try Configuration.parse("[scale]\nport = \"/dev/ttyUSB0\"\nprotocol = \"sma\"\nframing = \"8N1\"\n", name: "test.toml")
        let scale = try config.scale.scale()
        #expect(scale?.scaleProtocol == .sma && scale?.framing == "8N1")
        let upper = try Configuration.parse("[scale]\nprotocol = \"SMA\"\n", name: "test.toml")
        #expect(upper.scale.scaleProtocol == .sma)
        let toledo = try Configuration.parse("[scale]\nprotocol = \"toledo8217\"\n", name: "test.toml")
        #expect(toledo.scale.scaleProtocol == .toledo8217)
    }

    @Test(arguments: ["\"dialog06\"", "\"\"", "8217"])
    func anUnknownProtocolIsRefusedInFrench(value: String) {
        do {
            _ = try Configuration.parse("[scale]\nprotocol = \(value)\n", name: "test.toml")
            Issue.record("accepted \(value)")
        } catch {
            #expect("\(error)" == "Configuration « test.toml » : « scale.protocol » est \"toledo8217\" (Mettler Toledo 8217, par défaut) ou \"sma\" (norme SMA), comme réglé sur la balance.")
        }
    }
}
