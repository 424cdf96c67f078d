package io.frontdesk.notify.directory.rest;

public record DirectoryImportResult(int unitsCreated, int unitsReused, int residentsCreated) {
}
