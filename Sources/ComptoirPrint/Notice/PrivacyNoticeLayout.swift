import ComptoirCore

/// The information notice on the receipt printer: the shop at the top (it is the
/// controller), then each section, its heading in bold and its paragraphs wrapped.
public struct PrivacyNoticeLayout: Sendable {
    public init() {}

    public func document(for notice: PrivacyNotice, _ context: DocumentContext, width: ReceiptWidth) -> PrintDocument {
        var doc = PrintDocument(width: width)
        doc.documentTop(context, title: PrivacyNotice.title)
        doc.centred(notice.audience.label)
        for section in notice.sections {
            doc.add([""])
            doc.add(TextLayout.wrap(section.heading, width: width.columns), bold: true)
            for paragraph in section.paragraphs {
                doc.add(TextLayout.wrap(paragraph, width: width.columns))
            }
        }
        doc.documentBottom(context)
        return doc
    }
}
