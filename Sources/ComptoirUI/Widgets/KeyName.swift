/// A key as a binding answers to it and as the key bar names it.
public enum KeyName: Hashable, Sendable {
    /// "F5".
    case function(Int)
    /// "Alt+E": either case of the letter.
    case alt(Character)
    /// "Ctrl+Q".
    case ctrl(Character)
    /// "R": the character typed, either case.
    case char(Character)
    case enter, escape, tab, backTab, space, delete
    case up, down, left, right, pageUp, pageDown, home, end
    /// "↑↓": up or down.
    case upDown
    /// "←→": left or right.
    case leftRight
    /// "←↑↓→": any arrow.
    case arrows
    /// "+ -": plus or minus.
    case plusMinus

    /// The name shown in the key bar and the help.
    public var text: String {
        switch self {
        case .function(let n): "F\(n)"
        case .alt(let c): "Alt+" + c.uppercased()
        case .ctrl(let c): "Ctrl+" + c.uppercased()
        case .char(let c): c.uppercased()
        case .enter: "Entrée"
        case .escape: "Échap"
        case .tab: "Tab"
        case .backTab: "Maj+Tab"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "Pg↑"
        case .pageDown: "Pg↓"
        case .home: "Début"
        case .end: "Fin"
        case .space: "Espace"
        case .delete: "Suppr"
        case .upDown: "↑↓"
        case .leftRight: "←→"
        case .arrows: "←↑↓→"
        case .plusMinus: "+ -"
        }
    }

    public func matches(_ key: Key) -> Bool {
        switch (self, key) {
        case (.function(let n), .function(let k)): n == k
        case (.alt(let c), .alt(let k)): c.lowercased() == k.lowercased()
        case (.ctrl(let c), .ctrl(let k)): c.lowercased() == k.lowercased()
        case (.char(let c), .char(let k)): c.lowercased() == k.lowercased()
        case (.enter, .enter), (.escape, .escape), (.tab, .tab), (.backTab, .backTab), (.delete, .delete): true
        case (.up, .up), (.down, .down), (.left, .left), (.right, .right): true
        case (.pageUp, .pageUp), (.pageDown, .pageDown), (.home, .home), (.end, .end): true
        case (.space, .char(" ")): true
        case (.upDown, .up), (.upDown, .down): true
        case (.leftRight, .left), (.leftRight, .right): true
        case (.arrows, .up), (.arrows, .down), (.arrows, .left), (.arrows, .right): true
        case (.plusMinus, .char("+")), (.plusMinus, .char("-")): true
        default: false
        }
    }
}
