"""Errors a user can act on, and the exit codes they map to.

Every failure that comes from the user's input is raised as a `SkillgapError` subclass whose message is one
line saying what is wrong and what to do. The CLI prints that line on stderr and exits with the class's
`exit_code`. This module is the single place where exit codes are defined; the README table is generated from
the same numbers.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1  # a bug in skillgap: please report it
    USAGE = 2  # bad command-line arguments (click's own code)
    FILE_NOT_FOUND = 3
    UNSUPPORTED_FORMAT = 4  # an extension skillgap does not read
    WRONG_CONTENT = 5  # the file is not what its name says (e.g. "cv.pdf" that is not a PDF)
    CORRUPT = 6  # damaged or truncated file
    ENCRYPTED = 7  # password-protected
    NO_TEXT = 8  # a PDF without a text layer (scanned)
    EMPTY = 9  # no text at all, or only whitespace
    DECODE = 10  # text in an encoding that could not be read
    TAXONOMY = 11  # the skills taxonomy is missing or invalid
    PARTIAL = 12  # batch work finished, but some inputs failed (each reported)
    TOO_LARGE = 13  # an input over the size or page limit (--max-size, --max-pages)


EXIT_CODE_MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "success",
    ExitCode.INTERNAL: "internal error (a bug in skillgap; please report it)",
    ExitCode.USAGE: "bad command-line usage",
    ExitCode.FILE_NOT_FOUND: "an input file does not exist or cannot be opened",
    ExitCode.UNSUPPORTED_FORMAT: "an input file type skillgap does not read",
    ExitCode.WRONG_CONTENT: "a file is not what its name says",
    ExitCode.CORRUPT: "a file is damaged or truncated",
    ExitCode.ENCRYPTED: "a PDF is password-protected",
    ExitCode.NO_TEXT: "a PDF has no text layer (it looks scanned)",
    ExitCode.EMPTY: "a document contains no text",
    ExitCode.DECODE: "a text file's encoding could not be read",
    ExitCode.TAXONOMY: "the skills taxonomy is missing or invalid",
    ExitCode.PARTIAL: "some inputs failed; the others were processed and each failure was reported",
    ExitCode.TOO_LARGE: "an input is over the size or page limit (--max-size, --max-pages)",
}


class SkillgapError(Exception):
    """An error caused by the input, with a one-line message for the user."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message


class InputNotFoundError(SkillgapError):
    exit_code = ExitCode.FILE_NOT_FOUND


class UnsupportedFormatError(SkillgapError):
    exit_code = ExitCode.UNSUPPORTED_FORMAT


class WrongContentError(SkillgapError):
    exit_code = ExitCode.WRONG_CONTENT


class CorruptFileError(SkillgapError):
    exit_code = ExitCode.CORRUPT


class EncryptedFileError(SkillgapError):
    exit_code = ExitCode.ENCRYPTED


class NoTextLayerError(SkillgapError):
    exit_code = ExitCode.NO_TEXT


class EmptyDocumentError(SkillgapError):
    exit_code = ExitCode.EMPTY


class DecodeError(SkillgapError):
    exit_code = ExitCode.DECODE


class TaxonomyError(SkillgapError):
    exit_code = ExitCode.TAXONOMY


class InputTooLargeError(SkillgapError):
    exit_code = ExitCode.TOO_LARGE
