#include "sequence/sequence_export.h"

#include "models/conversations.h"
#include "sequence/sequence_diagram.h"

#include <QCoreApplication>
#include <memory>

namespace ww::sequence {

std::optional<exporting::Picture> sequencePicture(const ui::RecordedRun& run,
                                                  const exporting::ViewOptions& options,
                                                  QString* problem) {
    const ui::Conversations conversations = ui::Conversations::find(run);
    const ui::Conversation* conversation =
        options.conversation.isEmpty() ? &conversations.preferred()
                                       : conversations.byIdOrNumber(options.conversation, problem);
    if (!conversation)
        return std::nullopt;
    DiagramOptions d;
    d.until = options.until;
    d.print = options.printTheme;
    auto diagram = std::make_shared<const SequenceDiagram>(run, conversations, *conversation, d);
    SequenceDiagram::Highlight h;
    if (options.event)
        h.selectedArrow = diagram->arrowForEvent(static_cast<std::size_t>(*options.event));
    exporting::Picture picture;
    picture.title = SequenceDiagram::tr("Sequence diagram: %1").arg(conversation->label);
    picture.size = diagram->size();
    picture.paint = [diagram, h](QPainter& p) { diagram->paint(p, {}, h); };
    return picture;
}

} // namespace ww::sequence
