/* script_exercise: reading exercises from a level's table (or a quest's bank
 * file): `exercises = { id = { kind = ..., ... } }`, and the older
 * `quizzes = { id = { question, choices, answer, explanation } }`, which are
 * choice exercises. The shapes are in docs/levels.md; what is wrong with an
 * exercise is a problem with its line (level_exercise.c checks the rest). */
#include "script_level.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const SCR_EX_KINDS[] = {"choice", "order", "sort", "code", "fill"};

/* True when table[key] is true (read raw, like every level field). */
static bool scr_flag(lua_State *L, int table, const char *key)
{
    bool on = scr_rawfield(L, table, key) == LUA_TBOOLEAN && lua_toboolean(L, -1);
    lua_pop(L, 1);
    return on;
}

/* An item: "text", or { "text", why = "...", right = true, bin = 2 }. */
static bool scr_read_item(scr_reader *r, int idx, lvl_item *it, const char *where, int line)
{
    lua_State *L = r->L;
    if (lua_type(L, idx) == LUA_TSTRING) {
        size_t len;
        const char *text = lua_tolstring(L, idx, &len);
        if (len > SCR_MAX_PAGE) scr_problem(r, line, "an item of %s is too long", where);
        it->text = scr_copy(text);
        return it->text != NULL;
    }
    if (lua_type(L, idx) != LUA_TTABLE) {
        scr_problem(r, line, "each item of %s is \"text\" or { \"text\", why = \"...\" }", where);
        return false;
    }
    int t = lua_absindex(L, idx);
    if (lua_rawgeti(L, t, 1) == LUA_TSTRING) {
        size_t len;
        const char *text = lua_tolstring(L, -1, &len);
        if (len > SCR_MAX_PAGE) scr_problem(r, line, "an item of %s is too long", where);
        it->text = scr_copy(text);
    }
    lua_pop(L, 1);
    if (!it->text) it->text = scr_read_text(r, t, "text", false, where, SCR_MAX_PAGE);
    if (!it->text) {
        scr_problem(r, line, "an item of %s has no text (its first value)", where);
        return false;
    }
    it->why = scr_read_text(r, t, "why", false, where, SCR_MAX_PAGE);
    if (scr_flag(L, t, "right")) it->right = true;
    scr_read_int(r, t, "bin", &it->bin, where);
    return true;
}

/* A list of items at table[key]; count set, NULL when absent. */
static lvl_item *scr_read_items(scr_reader *r, int table, const char *key, int *count,
                                const char *where, int line)
{
    lua_State *L = r->L;
    *count = 0;
    int t = scr_rawfield(L, table, key);
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL) scr_problem(r, line, "'%s' in %s must be a list", key, where);
        lua_pop(L, 1);
        return NULL;
    }
    lua_Unsigned n = lua_rawlen(L, -1);
    if (n > 64) {
        scr_problem(r, line, "'%s' in %s has %llu items; at most 64", key, where,
                    (unsigned long long)n);
        n = 64;
    }
    lvl_item *items = n ? scr_calloc((size_t)n, sizeof *items) : NULL;
    for (lua_Unsigned i = 1; items && i <= n; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i);
        if (scr_read_item(r, -1, &items[*count], where, line)) (*count)++;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return items;
}

/* The snippet's lines: the text split at newlines, without the empty line a
 * long string leaves at its end. */
static char **scr_split_lines(scr_reader *r, const char *code, int *count, const char *where,
                              int line)
{
    *count = 0;
    if (!code) return NULL;
    int n = 1;
    for (const char *c = code; *c; c++) n += *c == '\n';
    char **lines = scr_calloc((size_t)n, sizeof *lines);
    const char *p = code;
    while (lines && *p) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        if (*count >= LVL_MAX_CODE_LINES) {
            scr_problem(r, line, "the code of %s has more than %d lines", where, LVL_MAX_CODE_LINES);
            break;
        }
        char *l = malloc(len + 1);
        if (!l) {
            scr_take_dropped();
            break;
        }
        memcpy(l, p, len);
        l[len] = '\0';
        lines[(*count)++] = l;
        if (!eol) break;
        p = eol + 1;
    }
    return lines;
}

/* code: why = { [2] = "...", [3] = "..." }, one per line (NULL: none). */
static void scr_read_line_why(scr_reader *r, int table, lvl_quiz *q, const char *where, int line)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, table, "why");
    if (t == LUA_TTABLE && q->line_count > 0) {
        q->line_why = scr_calloc((size_t)q->line_count, sizeof *q->line_why);
        for (int i = 0; q->line_why && i < q->line_count; i++) {
            if (lua_rawgeti(L, -1, i + 1) == LUA_TSTRING)
                q->line_why[i] = scr_copy(lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    } else if (t != LUA_TNIL) {
        scr_problem(r, line, "'why' in %s must be a table: { [LINE] = \"why\" }", where);
    }
    lua_pop(L, 1);
}

/* code: answer = 3, or answers = { 3, 7 }. */
static void scr_read_answers(scr_reader *r, int table, lvl_quiz *q, const char *where, int line)
{
    lua_State *L = r->L;
    int one = 0;
    if (scr_read_int(r, table, "answer", &one, where) && one != 0) {
        q->answers = scr_calloc(1, sizeof *q->answers);
        if (q->answers) q->answers[q->answer_count++] = one;
        return;
    }
    int t = scr_rawfield(L, table, "answers");
    if (t == LUA_TTABLE) {
        lua_Unsigned n = lua_rawlen(L, -1);
        if (n > LVL_MAX_CODE_LINES) n = LVL_MAX_CODE_LINES;
        q->answers = n ? scr_calloc((size_t)n, sizeof *q->answers) : NULL;
        for (lua_Unsigned i = 1; q->answers && i <= n; i++) {
            if (lua_rawgeti(L, -1, (lua_Integer)i) == LUA_TNUMBER && lua_isinteger(L, -1))
                q->answers[q->answer_count++] = (int)lua_tointeger(L, -1);
            else
                scr_problem(r, line, "answers of %s must be line numbers", where);
            lua_pop(L, 1);
        }
    } else if (t != LUA_TNIL) {
        scr_problem(r, line, "'answers' in %s must be a list of line numbers", where);
    }
    lua_pop(L, 1);
}

/* fill: blanks = { { options = { ... }, answer = 1, why = { ... } } }. */
static void scr_read_blanks(scr_reader *r, int table, lvl_quiz *q, const char *where, int line)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, table, "blanks");
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL) scr_problem(r, line, "'blanks' in %s must be a list", where);
        lua_pop(L, 1);
        return;
    }
    lua_Unsigned n = lua_rawlen(L, -1);
    if (n > 9) n = 9;
    q->blanks = n ? scr_calloc((size_t)n, sizeof *q->blanks) : NULL;
    for (lua_Unsigned i = 1; q->blanks && i <= n; i++) {
        if (lua_rawgeti(L, -1, (lua_Integer)i) != LUA_TTABLE) {
            scr_problem(r, line, "blank %d of %s must be { options = {...}, answer = N }", (int)i,
                        where);
            lua_pop(L, 1);
            continue;
        }
        int b = lua_gettop(L);
        static const char *const keys[] = {"options", "answer", "why"};
        scr_unknown_keys(r, b, where, keys, 3);
        lvl_blank *bl = &q->blanks[q->blank_count++];
        int count = 0;
        char **options = scr_read_string_list(r, b, "options", &count, where, SCR_MAX_NAME);
        int why_count = 0;
        char **why = scr_read_string_list(r, b, "why", &why_count, where, SCR_MAX_PAGE);
        bl->options = count ? scr_calloc((size_t)count, sizeof *bl->options) : NULL;
        for (int k = 0; k < count; k++) {
            if (bl->options) {
                bl->options[k].text = options[k];
                bl->options[k].why = k < why_count ? why[k] : NULL;
                if (k < why_count) why[k] = NULL;
            } else {
                free(options[k]);
            }
        }
        bl->option_count = bl->options ? count : 0;
        for (int k = 0; k < why_count; k++) free(why[k]);
        free(why);
        free(options);
        scr_read_int(r, b, "answer", &bl->answer, where);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

void scr_read_exercise(scr_reader *r, int e, const char *id, const char *section, lvl_quiz *q)
{
    lua_State *L = r->L;
    char where[160];
    snprintf(where, sizeof where, "exercise '%s'", id);
    q->id = scr_copy(id);
    q->decl_line = scr_line_in(r, section, id);
    int line = q->decl_line;
    static const char *const keys[] = {"kind",   "skill", "prompt",   "question", "explain",
                                       "explanation", "scenario", "choices", "answer", "items",
                                       "bins",  "language", "code", "answers", "why", "blanks"};
    scr_unknown_keys(r, e, where, keys, (int)(sizeof keys / sizeof *keys));
    char *kind = scr_read_text(r, e, "kind", false, where, SCR_MAX_NAME);
    q->kind = LVL_EX_CHOICE;
    if (kind) {
        int k = 0;
        while (k < 5 && strcmp(kind, SCR_EX_KINDS[k]) != 0) k++;
        if (k == 5) {
            const char *near = scr_nearest(kind, SCR_EX_KINDS, 5);
            scr_problem(r, line, "%s has kind '%s'; the kinds are choice, order, sort, code, fill%s%s%s",
                        where, kind, near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
        } else {
            q->kind = (lvl_ex_kind)k;
        }
        free(kind);
    }
    bool asked = scr_rawfield(L, e, "prompt") != LUA_TNIL;
    lua_pop(L, 1);
    bool asked_old = scr_rawfield(L, e, "question") != LUA_TNIL;
    lua_pop(L, 1);
    asked = asked || asked_old;
    q->question = scr_read_text(r, e, "prompt", false, where, SCR_MAX_PAGE);
    if (!q->question) q->question = scr_read_text(r, e, "question", false, where, SCR_MAX_PAGE);
    if (!asked) scr_problem(r, line, "%s needs a 'prompt' (what the player is asked)", where);
    q->explanation = scr_read_text(r, e, "explain", false, where, SCR_MAX_PAGE);
    if (!q->explanation) q->explanation = scr_read_text(r, e, "explanation", false, where, SCR_MAX_PAGE);
    q->skill = scr_read_text(r, e, "skill", false, where, SCR_MAX_NAME);
    q->scenario = scr_flag(L, e, "scenario");
    q->language = scr_read_text(r, e, "language", false, where, SCR_MAX_NAME);
    switch (q->kind) {
    case LVL_EX_CHOICE: {
        /* Choices as items ({ "text", right = true, why = "..." }), or as
         * strings with the right one's number (the older quizzes). */
        q->items = scr_read_items(r, e, "choices", &q->item_count, where, line);
        bool numbered = scr_rawfield(L, e, "answer") != LUA_TNIL;
        lua_pop(L, 1);
        if (numbered) {
            scr_read_int(r, e, "answer", &q->answer, where);
            q->choice_count = q->item_count;
            for (int i = 0; i < q->item_count; i++) q->items[i].right = i + 1 == q->answer;
        }
        break;
    }
    case LVL_EX_ORDER:
        q->items = scr_read_items(r, e, "items", &q->item_count, where, line);
        break;
    case LVL_EX_SORT:
        q->bins = scr_read_string_list(r, e, "bins", &q->bin_count, where, SCR_MAX_NAME);
        q->items = scr_read_items(r, e, "items", &q->item_count, where, line);
        break;
    case LVL_EX_CODE:
    case LVL_EX_FILL: {
        char *code = scr_read_text(r, e, "code", true, where, 8192);
        /* A long string's first newline is Lua's; a last empty line is dropped. */
        q->lines = scr_split_lines(r, code, &q->line_count, where, line);
        while (q->line_count > 0 && q->lines[q->line_count - 1][0] == '\0')
            free(q->lines[--q->line_count]);
        free(code);
        if (q->kind == LVL_EX_CODE) {
            scr_read_answers(r, e, q, where, line);
            scr_read_line_why(r, e, q, where, line);
        } else {
            scr_read_blanks(r, e, q, where, line);
        }
        break;
    }
    }
}

typedef struct {
    char *id;
    int line;
} scr_entry;

static int scr_entry_order(const void *pa, const void *pb)
{
    const scr_entry *a = pa, *b = pb;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    return strcmp(a->id, b->id);
}

/* The section's entries are read in the order they are written (a table's
 * own order depends on Lua's hash seed): the checker's messages and the
 * order a terminal asks in stay the same from run to run. */
static void scr_read_section(scr_reader *r, int level, const char *section)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, level, section);
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL) scr_problem(r, scr_line_of(r, section), "'%s' must be a table", section);
        lua_pop(L, 1);
        return;
    }
    int table = lua_gettop(L);
    scr_entry *entries = NULL;
    int count = 0;
    bool malformed = false;
    lua_pushnil(L);
    while (lua_next(L, table)) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TTABLE) {
            malformed = true;
        } else {
            scr_entry *grown = realloc(entries, sizeof *grown * (size_t)(count + 1));
            char *id = grown ? scr_copy(lua_tostring(L, -2)) : NULL;
            if (grown) entries = grown;
            if (id) entries[count++] = (scr_entry){id, scr_line_in(r, section, id)};
            else scr_problem(r, scr_line_of(r, section), "out of memory reading '%s'", section);
        }
        lua_pop(L, 1);
    }
    if (malformed)
        scr_problem(r, scr_line_of(r, section), "each entry of '%s' is name = { ... }", section);
    if (count > 1) qsort(entries, (size_t)count, sizeof *entries, scr_entry_order);
    for (int i = 0; i < count; i++) {
        const char *id = entries[i].id;
        lvl_quiz *grown = NULL;
        if (lvl_quiz_find(r->def, id)) {
            scr_problem(r, entries[i].line, "exercise '%s' is declared twice", id);
        } else if (!(grown = realloc(r->def->quizzes,
                                     sizeof *grown * (size_t)(r->def->quiz_count + 1)))) {
            scr_problem(r, scr_line_of(r, section), "out of memory reading '%s'", section);
        } else {
            r->def->quizzes = grown;
            lvl_quiz *q = &grown[r->def->quiz_count++];
            memset(q, 0, sizeof *q);
            lua_pushstring(L, id);
            lua_rawget(L, table);
            scr_read_exercise(r, lua_gettop(L), id, section, q);
            lua_pop(L, 1);
        }
        free(entries[i].id);
    }
    free(entries);
    lua_pop(L, 1);
}

void scr_read_exercises(scr_reader *r, int level)
{
    scr_read_section(r, level, "exercises");
    scr_read_section(r, level, "quizzes");
}
