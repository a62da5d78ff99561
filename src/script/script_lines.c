/* script_lines: where a name or a string is in a level's source, for the line
 * numbers of the loader's messages and of what it keeps (an exercise's line).
 * A level is read with hundreds of such lookups; the source is lexed once into
 * its names and strings, and each lookup walks that list, not the text. */
#include "script_level.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *start;
    size_t len;
    int line;
    bool string;
} scr_token;

struct scr_line_index {
    const char *source; /* what it indexes: the reader's source may be swapped (a map file) */
    scr_token *tokens;
    int count, cap;
    bool failed; /* out of memory: lookups lex the text each time */
};

/* Skips a Lua long bracket opening at p ("[[" or "[==["); returns its level
 * or -1 when p does not open one. */
static int scr_long_open(const char *p)
{
    if (*p != '[') return -1;
    int level = 0;
    for (p++; *p == '='; p++) level++;
    return *p == '[' ? level : -1;
}

/* Walks src's names (outside strings and comments) and string literals in order,
 * each with the line it starts on, until visit returns true. A tiny Lua lexer,
 * enough to never see a name inside a comment. */
typedef bool (*scr_token_fn)(void *user, const char *start, size_t len, int line, bool string);

static void scr_lex(const char *src, scr_token_fn visit, void *user)
{
    int line = 1;
    const char *p = src;
    while (*p) {
        if (*p == '\n') {
            line++;
            p++;
        } else if (p[0] == '-' && p[1] == '-') {
            int level = scr_long_open(p + 2);
            if (level >= 0) {
                p += 4 + level;
                for (; *p; p++) {
                    if (*p == '\n') line++;
                    if (*p == ']' && strncmp(p + 1, "==========", (size_t)level) == 0 &&
                        p[1 + level] == ']') {
                        p += 2 + level;
                        break;
                    }
                }
            } else {
                while (*p && *p != '\n') p++;
            }
        } else if (*p == '"' || *p == '\'' || scr_long_open(p) >= 0) {
            int level = scr_long_open(p);
            char quote = *p;
            const char *start = p + (level >= 0 ? 2 + level : 1);
            const char *q = start;
            int start_line = line;
            while (*q) {
                if (level < 0 && *q == '\\' && q[1]) {
                    if (q[1] == '\n') line++;
                    q += 2;
                    continue;
                }
                if (level < 0 && (*q == quote || *q == '\n')) break;
                if (level >= 0 && *q == ']' && strncmp(q + 1, "==========", (size_t)level) == 0 &&
                    q[1 + level] == ']')
                    break;
                if (*q == '\n') line++;
                q++;
            }
            if (visit(user, start, (size_t)(q - start), start_line, true)) return;
            p = *q ? q + (level >= 0 ? 2 + level : 1) : q;
        } else if (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
            const char *start = p;
            while (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                   (*p >= '0' && *p <= '9'))
                p++;
            if (visit(user, start, (size_t)(p - start), line, false)) return;
        } else {
            p++;
        }
    }
}


typedef struct {
    const char *token;
    size_t len;
    int from, line;
    bool in_string;
} scr_find_ctx;

static bool scr_find_visit(void *user, const char *start, size_t len, int line, bool string)
{
    scr_find_ctx *c = user;
    if (string != c->in_string || line < c->from || len != c->len) return false;
    if (strncmp(start, c->token, len) != 0) return false;
    c->line = line;
    return true;
}

/* Finds where token first appears at or after line `from`: as a name outside
 * strings and comments, or (in_string) as the whole text of a string literal. */
int scr_find_line(const char *src, const char *token, int from, bool in_string)
{
    if (!src || !token || !*token) return 0;
    scr_find_ctx c = {token, strlen(token), from, 0, in_string};
    scr_lex(src, scr_find_visit, &c);
    return c.line;
}

static bool scr_index_visit(void *user, const char *start, size_t len, int line, bool string)
{
    scr_line_index *ix = user;
    if (ix->count == ix->cap) {
        int cap = ix->cap ? ix->cap * 2 : 1024;
        scr_token *grown = realloc(ix->tokens, sizeof *grown * (size_t)cap);
        if (!grown) {
            ix->failed = true;
            return true;
        }
        ix->tokens = grown;
        ix->cap = cap;
    }
    ix->tokens[ix->count++] = (scr_token){start, len, line, string};
    return false;
}

void scr_reader_forget_lines(scr_reader *r)
{
    if (!r->lines) return;
    free(r->lines->tokens);
    free(r->lines);
    r->lines = NULL;
}

int scr_reader_find(scr_reader *r, const char *token, int from, bool in_string)
{
    if (!r->source || !token || !*token) return 0;
    if (r->lines && r->lines->source != r->source) scr_reader_forget_lines(r);
    if (!r->lines) {
        r->lines = calloc(1, sizeof *r->lines);
        if (!r->lines) return scr_find_line(r->source, token, from, in_string);
        r->lines->source = r->source;
        scr_lex(r->source, scr_index_visit, r->lines);
    }
    if (r->lines->failed) return scr_find_line(r->source, token, from, in_string);
    size_t len = strlen(token);
    for (int i = 0; i < r->lines->count; i++) {
        const scr_token *t = &r->lines->tokens[i];
        if (t->string == in_string && t->line >= from && t->len == len &&
            memcmp(t->start, token, len) == 0)
            return t->line;
    }
    return 0;
}
