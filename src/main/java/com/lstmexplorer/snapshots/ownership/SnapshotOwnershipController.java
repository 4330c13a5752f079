package com.lstmexplorer.snapshots.ownership;

import com.lstmexplorer.owners.Owner;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A snapshot's ownership: {@code GET /api/snapshots/{id}/ownership} tells the caller whether it is theirs and
 * published, {@code PUT /api/snapshots/{id}/published} with {@code {"published": true}} publishes it in the
 * gallery (false withdraws it), {@code DELETE /api/snapshots/{id}} deletes the caller's copy. Only owners may
 * publish or delete (403 otherwise).
 */
@RestController
@RequestMapping("/api/snapshots/{id}")
class SnapshotOwnershipController {
    private final SnapshotOwnership ownership;

    SnapshotOwnershipController(SnapshotOwnership ownership) {
        this.ownership = ownership;
    }

    /** Body of a publish request. */
    record PublishRequest(Boolean published) {
    }

    @GetMapping("/ownership")
    SnapshotOwnership.View get(@PathVariable String id, @AuthenticationPrincipal Owner caller) {
        return ownership.of(id, caller);
    }

    @PutMapping("/published")
    SnapshotOwnership.View publish(@PathVariable String id, @RequestBody PublishRequest request,
                                   @AuthenticationPrincipal Owner caller) {
        if (request.published() == null) {
            throw new IllegalArgumentException("field 'published' is missing: send {\"published\": true} to publish "
                    + "the snapshot in the gallery, {\"published\": false} to withdraw it");
        }
        return ownership.publish(id, caller, request.published());
    }

    @DeleteMapping
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal Owner caller) {
        ownership.delete(id, caller);
        return ResponseEntity.noContent().build();
    }
}
