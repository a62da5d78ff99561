/* game_exercise_draw: an exercise laid out and drawn. The title and the
 * prompt head a panel; the rows (choices, steps, items, code, blanks, and
 * after the answer the marked feedback) fill the middle and scroll when they
 * do not fit; the keys are named at the bottom. Code sits in a monospace
 * panel with line numbers and syntax colours. Clicks use ex_place, the same
 * layout that draws. */
#include "game_exercise.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const ren_rect EX_NORMAL = {24, 20, REN_LOGICAL_W - 48, REN_LOGICAL_H - 40};
static const ren_rect EX_LARGE = {8, 8, REN_LOGICAL_W - 16, REN_LOGICAL_H - 16};
#define EX_CURSOR_W 14   /* room for the cursor left of every row */
#define EX_GUTTER 26     /* code line numbers */

/* The code font's metrics (a fixed 7x14 cell when no fonts were given). */
int ex_code_line_height(const game *g)
{
    const game_painter *m = game_measure(g);
    return m && m->font_mono ? txt_line_height(m->font_mono) : 14;
}

static int ex_right_width(const game *g, const ex_row *r)
{
    return r->right_text[0] ? ui_measure(g, r->right_text) + 12 : 0;
}

static int ex_row_height(const game *g, const ex_row *r, int width)
{
    int line = ui_line(g);
    switch (r->kind) {
    case EX_ROW_GAP: return line / 2;
    case EX_ROW_CODE: return ex_code_line_height(g);
    case EX_ROW_TEXT: break;
    }
    int w = width - EX_CURSOR_W - r->indent - (r->mark ? ui_measure(g, "[x] ") : 0) -
            ex_right_width(g, r);
    return line * ui_count_lines(g, r->text, w < 40 ? 40 : w);
}

static int ex_header_height(const game *g, const game_quiz *qs, int width)
{
    int line = ui_line(g);
    return line + 4 + line * ui_count_lines(g, qs->quiz->question, width) + 8;
}

static void ex_place_in(const game *g, const game_screen *s, const ex_rows *rows, ren_rect box,
                        ex_layout *l)
{
    const game_quiz *qs = s->state;
    int line = ui_line(g);
    int w = box.w - 32;
    l->box = box;
    l->header_h = ex_header_height(g, qs, w);
    l->body_y = box.y + 12 + l->header_h;
    l->body_h = box.y + box.h - line - 18 - l->body_y;
    int y = 0;
    for (int i = 0; i < rows->count; i++) {
        /* A code panel keeps clear of the text above it. */
        if (i > 0 && rows->rows[i].kind == EX_ROW_CODE && rows->rows[i - 1].kind == EX_ROW_TEXT)
            y += 4;
        l->row_h[i] = ex_row_height(g, &rows->rows[i], w);
        l->row_y[i] = y;
        y += l->row_h[i];
    }
    int first = qs->scroll < rows->count ? qs->scroll : 0;
    if (first < 0) first = 0;
    int last = first;
    while (last < rows->count && l->row_y[last] + l->row_h[last] - l->row_y[first] <= l->body_h)
        last++;
    if (last == first && last < rows->count) last++; /* a row taller than the panel still shows */
    l->first = first;
    l->last = last;
    l->more_above = first > 0;
    l->more_below = last < rows->count;
    int shift = l->body_y - (first < rows->count ? l->row_y[first] : 0);
    for (int i = 0; i < rows->count; i++) l->row_y[i] += shift;
}

void ex_place(const game *g, const game_screen *s, const ex_rows *rows, ex_layout *l)
{
    /* The normal panel when everything fits, else the whole screen and a scroll. */
    ex_place_in(g, s, rows, EX_NORMAL, l);
    if (l->more_above || l->more_below) ex_place_in(g, s, rows, EX_LARGE, l);
}

/* --- syntax colours -------------------------------------------------------- */

typedef enum { TOK_TEXT, TOK_KEYWORD, TOK_STRING, TOK_COMMENT, TOK_NUMBER } ex_token;

static const ren_color TOK_COLORS[] = {
    {232, 232, 222, 255}, {130, 190, 255, 255}, {160, 222, 140, 255},
    {128, 138, 160, 255}, {250, 184, 112, 255},
};

static const char *const KW_PYTHON[] = {
    "def", "return", "import", "from", "as", "if", "elif", "else", "for", "while", "in", "not",
    "and", "or", "with", "class", "try", "except", "finally", "raise", "None", "True", "False",
    "lambda", "yield", "async", "await", "pass", "is", "global", "assert", NULL};
static const char *const KW_JS[] = {
    "const", "let", "var", "function", "return", "if", "else", "for", "while", "of", "in", "new",
    "class", "import", "from", "export", "await", "async", "try", "catch", "throw", "null",
    "true", "false", "undefined", "this", "typeof", NULL};
static const char *const KW_SQL[] = {
    "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "INSERT", "INTO", "VALUES", "UPDATE", "SET",
    "DELETE", "JOIN", "LEFT", "INNER", "ON", "GROUP", "BY", "ORDER", "LIMIT", "AS", "NULL",
    "CREATE", "TABLE", "INDEX", "PRIMARY", "KEY", "IS", "IN", "COUNT", "DISTINCT", "HAVING", NULL};
static const char *const KW_SHELL[] = {
    "if", "then", "else", "fi", "for", "do", "done", "while", "case", "esac", "in", "function",
    "export", "set", "echo", "exit", "sudo", "cd", NULL};
static const char *const KW_LUA[] = {
    "local", "function", "return", "if", "then", "else", "elseif", "end", "for", "do", "while",
    "in", "and", "or", "not", "nil", "true", "false", NULL};
static const char *const KW_C[] = {
    "int", "char", "void", "return", "if", "else", "for", "while", "struct", "static", "const",
    "unsigned", "sizeof", "NULL", "bool", "true", "false", "typedef", NULL};
static const char *const KW_DATA[] = {"true", "false", "null", NULL};
static const char *const KW_HTTP[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS",
                                      "HTTP", NULL};

typedef struct {
    const char *const *keywords;
    bool fold_case; /* SQL keywords in any case */
    const char *comment;
    const char *comment2;
} ex_language;

static ex_language ex_language_of(const char *name)
{
    ex_language l = {NULL, false, NULL, NULL};
    if (!name) return l;
    if (!strcmp(name, "python")) l = (ex_language){KW_PYTHON, false, "#", NULL};
    else if (!strcmp(name, "javascript") || !strcmp(name, "js")) l = (ex_language){KW_JS, false, "//", NULL};
    else if (!strcmp(name, "sql")) l = (ex_language){KW_SQL, true, "--", NULL};
    else if (!strcmp(name, "shell") || !strcmp(name, "sh") || !strcmp(name, "bash"))
        l = (ex_language){KW_SHELL, false, "#", NULL};
    else if (!strcmp(name, "lua")) l = (ex_language){KW_LUA, false, "--", NULL};
    else if (!strcmp(name, "c")) l = (ex_language){KW_C, false, "//", NULL};
    else if (!strcmp(name, "json")) l = (ex_language){KW_DATA, false, NULL, NULL};
    else if (!strcmp(name, "yaml")) l = (ex_language){KW_DATA, false, "#", NULL};
    else if (!strcmp(name, "http")) l = (ex_language){KW_HTTP, false, NULL, NULL};
    return l;
}

static bool ex_word_is(const char *word, size_t n, const ex_language *lang)
{
    for (int i = 0; lang->keywords && lang->keywords[i]; i++) {
        const char *k = lang->keywords[i];
        if (strlen(k) != n) continue;
        bool same = true;
        for (size_t c = 0; c < n && same; c++)
            same = lang->fold_case ? toupper((unsigned char)word[c]) == k[c] : word[c] == k[c];
        if (same) return true;
    }
    return false;
}

/* A token class for every byte of one line (strings and comments do not
 * span lines in the snippets the checker lets through). */
static void ex_classify(const char *line, const ex_language *lang, ex_token *out, size_t n)
{
    size_t i = 0;
    while (i < n) {
        char c = line[i];
        if ((lang->comment && !strncmp(line + i, lang->comment, strlen(lang->comment))) ||
            (lang->comment2 && !strncmp(line + i, lang->comment2, strlen(lang->comment2)))) {
            while (i < n) out[i++] = TOK_COMMENT;
        } else if (c == '"' || c == '\'' || c == '`') {
            out[i++] = TOK_STRING;
            while (i < n && line[i] != c) {
                if (line[i] == '\\' && i + 1 < n) out[i++] = TOK_STRING;
                out[i++] = TOK_STRING;
            }
            if (i < n) out[i++] = TOK_STRING;
        } else if (isdigit((unsigned char)c)) {
            while (i < n && (isalnum((unsigned char)line[i]) || line[i] == '.')) out[i++] = TOK_NUMBER;
        } else if (isalpha((unsigned char)c) || c == '_') {
            size_t start = i;
            while (i < n && (isalnum((unsigned char)line[i]) || line[i] == '_')) i++;
            ex_token t = ex_word_is(line + start, i - start, lang) ? TOK_KEYWORD : TOK_TEXT;
            for (size_t k = start; k < i; k++) out[k] = t;
        } else {
            out[i++] = TOK_TEXT;
        }
    }
}

static void ex_draw_code(game_painter *p, int x, int y, const char *line, const char *language,
                         bool plain, ren_color plain_color)
{
    txt_font *font = p->font_mono ? p->font_mono : p->font;
    size_t n = strlen(line);
    ex_token tokens[EX_ROW_BYTES];
    if (n > sizeof tokens / sizeof *tokens) n = sizeof tokens / sizeof *tokens;
    ex_language lang = ex_language_of(language);
    ex_classify(line, &lang, tokens, n);
    /* Runs of one class at a time: the pen carries on where the last ended. */
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && tokens[j] == tokens[i]) j++;
        x = txt_draw(font, x, y, line + i, j - i, plain ? plain_color : TOK_COLORS[tokens[i]]);
        i = j;
    }
}

/* --- drawing --------------------------------------------------------------- */

static void ex_hints(const game *g, const game_screen *s, game_painter *p, const ex_layout *l)
{
    ren_rect box = l->box;
    const game_quiz *qs = s->state;
    int line = txt_line_height(p->font);
    char ok[40], back[40], up[40], down[40], move[84];
    ui_key(g, IN_CONFIRM, ok, sizeof ok);
    ui_key(g, IN_CANCEL, back, sizeof back);
    snprintf(move, sizeof move, "%s/%s", ui_key(g, IN_UP, up, sizeof up),
             ui_key(g, IN_DOWN, down, sizeof down));
    int x = box.x + 16, y = box.y + box.h - line - 10; /* the key caps stay inside the frame */
    if (qs->answered) {
        int hw = ui_hint_width(p, ok, "Continue");
        if (l->more_above || l->more_below) {
            /* Long feedback scrolls: say so where it is read. */
            x += ui_key_hint(p, x, y, move, "Scroll") + 12;
        }
        ui_key_hint(p, box.x + box.w - 24 - hw, y, ok, "Continue");
        return;
    }
    lvl_ex_kind k = qs->quiz->kind;
    bool on_check = ex_has_check(qs) && s->cursor >= ex_positions(qs) - 1;
    const char *use = on_check                             ? "Check"
                      : k == LVL_EX_ORDER                  ? "Pick up / put down"
                      : k == LVL_EX_SORT || k == LVL_EX_FILL ? "Next"
                      : ex_has_check(qs)                   ? "Tick"
                                                           : "Answer";
    x += ui_key_hint(p, x, y, move, k == LVL_EX_ORDER && qs->held >= 0 ? "Move" : "Choose") + 10;
    if (k == LVL_EX_SORT || k == LVL_EX_FILL) {
        char left[40], right[40], lr[84];
        snprintf(lr, sizeof lr, "%s/%s", ui_key(g, IN_LEFT, left, sizeof left),
                 ui_key(g, IN_RIGHT, right, sizeof right));
        x += ui_key_hint(p, x, y, lr, k == LVL_EX_SORT ? "Bin" : "Token") + 10;
    }
    x += ui_key_hint(p, x, y, ok, use) + 10;
    if (x + ui_hint_width(p, back, "Later") < box.x + box.w - 8) ui_key_hint(p, x, y, back, "Later");
}

void ex_draw(const game *g, const game_screen *s, game_painter *p)
{
    const game_quiz *qs = s->state;
    ex_rows rows;
    ex_build_rows(g, s, &rows);
    ex_layout l;
    ex_place(g, s, &rows, &l);
    int line = txt_line_height(p->font);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"), l.box, 8);
    int x = l.box.x + 16, w = l.box.w - 32, y = l.box.y + 12;
    ui_text(p, x, y, qs->title, UI_ACCENT);
    y += line + 4;
    int prompt_lines = txt_count_lines(p->font, qs->quiz->question, w);
    txt_draw_wrapped(p->font, (ren_rect){x, y, w, line * prompt_lines}, qs->quiz->question, UI_TEXT);
    uint16_t cursor = game_sprite(g, "ui_cursor");
    int code_h = ex_code_line_height(g);
    /* The code panel: one dark band behind every code row shown. */
    for (int i = l.first; i < l.last; i++) {
        const ex_row *r = &rows.rows[i];
        if (r->kind != EX_ROW_CODE) continue;
        ren_fill_rect(p->ren, (ren_rect){x + EX_CURSOR_W - 4, l.row_y[i], w - EX_CURSOR_W + 4, code_h},
                      (ren_color){14, 16, 28, 255});
    }
    for (int i = l.first; i < l.last; i++) {
        const ex_row *r = &rows.rows[i];
        int ry = l.row_y[i], rx = x + EX_CURSOR_W + r->indent;
        bool on = !qs->answered && r->target >= 0 && r->target == s->cursor;
        if (r->highlight) {
            ren_color band = r->color.r == UI_BAD.r && r->color.g == UI_BAD.g ? (ren_color){90, 30, 40, 255}
                             : r->color.r == UI_GOOD.r && r->color.g == UI_GOOD.g ? (ren_color){24, 74, 44, 255}
                                                                                   : (ren_color){60, 64, 110, 255};
            ren_fill_rect(p->ren, (ren_rect){rx - 4, ry, x + w - rx + 4, l.row_h[i]}, band);
        }
        if (on) ren_draw_sprite(p->ren, cursor, x, ry + 5 + (r->kind == EX_ROW_CODE ? (code_h - 20) / 2 : (line - 20) / 2));
        if (r->kind == EX_ROW_GAP) continue;
        if (r->kind == EX_ROW_CODE) {
            char num[8];
            snprintf(num, sizeof num, "%2d", r->line_number);
            txt_font *mono = p->font_mono ? p->font_mono : p->font;
            txt_draw(mono, rx, ry, num, strlen(num), (ren_color){100, 110, 140, 255});
            ex_draw_code(p, rx + EX_GUTTER, ry, r->text, qs->quiz->language, r->dim_code, r->color);
            continue;
        }
        int tx = rx;
        if (r->mark) {
            const char *box = r->mark == EX_MARK_BOX_FULL ? "[x]" : "[ ]";
            ui_text(p, tx, ry, box, on ? UI_ACCENT : UI_TEXT);
            tx += ui_width(p, "[x] "); /* the box and a space, at any text size */
        }
        int rw = 0;
        if (r->right_text[0]) {
            rw = ui_width(p, r->right_text) + 12;
            ui_text(p, x + w - rw + 12, ry, r->right_text, on ? UI_ACCENT : UI_TEXT);
        }
        ren_color c = on ? UI_ACCENT : r->color;
        txt_draw_wrapped(p->font, (ren_rect){tx, ry, x + w - tx - rw, l.row_h[i]}, r->text, c);
    }
    /* What is scrolled out of sight is said, not hidden. */
    if (l.more_above) ui_text(p, l.box.x + l.box.w - 60, l.body_y - line + 2, "more", UI_DIM);
    if (l.more_below) {
        ren_draw_sprite(p->ren, game_sprite(g, "ui_arrow"), l.box.x + l.box.w - 22,
                        l.body_y + l.body_h - 12);
    }
    ex_hints(g, s, p, &l);
}
