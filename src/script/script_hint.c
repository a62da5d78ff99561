/* script_hint: Lua's syntax errors with the hint an author needs. The most
 * common slip in a level file is a missing comma between two fields of a
 * table; Lua notices only at the next field ("'}' expected ... near 'b'"),
 * a line after the mistake. The hint names the line where the comma is
 * missing and keeps Lua's own words beside it. */
#include "script_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCR_HINT_MAX_SOURCE (4u << 20)

/* The text of line `line` (1-based) of src, or NULL; its length in *len. */
static const char *scr_line_text(const char *src, int line, size_t *len)
{
    const char *p = src;
    for (int at = 1; at < line && p; at++) {
        p = strchr(p, '\n');
        if (p) p++;
    }
    if (!p) return NULL;
    const char *end = strchr(p, '\n');
    *len = end ? (size_t)(end - p) : strlen(p);
    return p;
}

/* The line without its comment and trailing blanks; empty when it holds only those. */
static size_t scr_code_length(const char *text, size_t len)
{
    /* A "--" inside a string is rare in a field line; good enough for a hint. */
    for (size_t i = 0; i + 1 < len; i++)
        if (text[i] == '-' && text[i + 1] == '-') {
            len = i;
            break;
        }
    while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t' || text[len - 1] == '\r')) len--;
    size_t start = 0;
    while (start < len && (text[start] == ' ' || text[start] == '\t')) start++;
    return start == len ? 0 : len;
}

/* Lua cuts a long chunk name to "...the_tail": give the message its whole
 * path back, so FILE:LINE stays clickable and the hint finds its line. */
static void scr_full_path(const char *path, const char *msg, char *out, size_t size)
{
    snprintf(out, size, "%s", msg);
    if (strncmp(msg, "...", 3) != 0) return;
    const char *colon = strchr(msg + 3, ':');
    if (!colon) return;
    size_t tail = (size_t)(colon - (msg + 3)), plen = strlen(path);
    if (tail == 0 || tail > plen || strncmp(path + plen - tail, msg + 3, tail) != 0) return;
    snprintf(out, size, "%s%s", path, colon);
}

void scr_unshorten(const scr_sandbox *sb, char *msg, size_t size)
{
    if (strncmp(msg, "...", 3) != 0) return;
    char full[SCR_MAX_MESSAGE + 4200];
    for (int i = 0; i < sb->chunk_count; i++) {
        scr_full_path(sb->chunks[i], msg, full, sizeof full);
        if (strcmp(full, msg) != 0) {
            snprintf(msg, size, "%s", full);
            return;
        }
    }
}

void scr_syntax_hint(const char *path, const char *lua_msg, char *out, size_t size)
{
    char full[SCR_MAX_MESSAGE + 4200];
    scr_full_path(path, lua_msg, full, sizeof full);
    const char *msg = full;
    snprintf(out, size, "%s", msg);
    /* "PATH:LINE: '}' expected ..." */
    size_t plen = strlen(path);
    if (strncmp(msg, path, plen) != 0 || msg[plen] != ':') return;
    char *after;
    long line = strtol(msg + plen + 1, &after, 10);
    if (line < 1 || strncmp(after, ": '}' expected", 14) != 0) return;
    char *src = scr_read_file_text(path, SCR_HINT_MAX_SOURCE, NULL, NULL);
    if (!src) return;
    size_t len;
    const char *text = scr_line_text(src, (int)line, &len);
    if (strstr(after, "(to close") && text) {
        /* The field before the one Lua stopped at, skipping blank and comment lines. */
        long prev = line - 1;
        const char *ptext = NULL;
        size_t plen2 = 0, code = 0;
        for (; prev >= 1; prev--) {
            ptext = scr_line_text(src, (int)prev, &plen2);
            code = ptext ? scr_code_length(ptext, plen2) : 0;
            if (code) break;
        }
        char last = prev >= 1 && code ? ptext[code - 1] : ',';
        if (last != ',' && last != ';' && last != '{' && last != '(')
            snprintf(out, size, "%s:%ld: missing ',' at the end of this line? (Lua, at line %ld%s)",
                     path, prev, line, after);
    } else if (text) {
        snprintf(out, size, "%s (missing ',' between two items on this line?)", msg);
    }
    free(src);
}
