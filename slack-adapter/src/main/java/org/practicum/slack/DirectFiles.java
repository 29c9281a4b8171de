package org.practicum.slack;

import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.util.List;
import java.util.Optional;

/**
 * Files for one person only, in the app's direct messages with them: a slash-command answer cannot
 * carry files, and the DM is the one place in Slack where nobody else sees them. Opening the DM needs
 * the {@code im:write} scope.
 */
final class DirectFiles {

    /**
     * One file to send: its name (which Slack shows and uses for the type), a title, the bytes, and for an
     * image the text a screen reader says instead (null for other files).
     */
    record Attachment(String filename, String title, byte[] bytes, String altText) {
    }

    private final SlackWebApi api;

    DirectFiles(SlackWebApi api) {
        this.api = api;
    }

    /**
     * Uploads the files, with a line of text, to the DM between the app and {@code userId}. False when the
     * DM could not be opened or Slack did not take the files (already logged); then nothing was shared.
     */
    boolean send(String userId, String comment, List<Attachment> files) {
        Optional<String> dm = api.call("conversations.open", m -> m.conversationsOpen(r -> r.users(List.of(userId))))
                .map(ConversationsOpenResponse::getChannel).map(c -> c.getId());
        if (dm.isEmpty()) {
            return false;
        }
        List<FilesUploadV2Request.UploadFile> uploads = files.stream()
                .map(f -> FilesUploadV2Request.UploadFile.builder().filename(f.filename()).title(f.title())
                        .altTxt(f.altText()).fileData(f.bytes()).build())
                .toList();
        return api.call("files.uploadV2", m -> m.filesUploadV2(r -> r.channel(dm.get()).initialComment(comment)
                .uploadFiles(uploads))).isPresent();
    }
}
