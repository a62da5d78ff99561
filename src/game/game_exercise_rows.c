/* game_exercise_rows: what each kind of exercise shows, as rows: the
 * choices, steps, items, code lines and blanks while the player answers,
 * and after the answer every one of them marked in words (right, yours,
 * where it belongs) with its own explanation. Nothing here draws. */
#include "game_exercise.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static bool ex_multi(const game_quiz *qs)
{
    const lvl_quiz *q = qs->quiz;
    return q->kind == LVL_EX_CHOICE ? lvl_quiz_right_count(q) > 1
           : q->kind == LVL_EX_CODE ? q->answer_count > 1
                                    : false;
}

bool ex_has_check(const game_quiz *qs)
{
    lvl_ex_kind k = qs->quiz->kind;
    return k == LVL_EX_ORDER || k == LVL_EX_SORT || k == LVL_EX_FILL || ex_multi(qs);
}

int ex_positions(const game_quiz *qs)
{
    const lvl_quiz *q = qs->quiz;
    int n = q->kind == LVL_EX_CODE ? q->line_count : q->kind == LVL_EX_FILL ? q->blank_count
                                                                              : qs->shown_count;
    return n + (ex_has_check(qs) ? 1 : 0);
}

static bool ex_code_right_line(const lvl_quiz *q, int line)
{
    for (int i = 0; i < q->answer_count; i++)
        if (q->answers[i] == line + 1) return true;
    return false;
}

bool ex_is_right(const game_quiz *qs)
{
    const lvl_quiz *q = qs->quiz;
    switch (q->kind) {
    case LVL_EX_CHOICE:
        if (!ex_multi(qs)) return false; /* single choice: judged at the answer (the cursor) */
        for (int i = 0; i < q->item_count; i++)
            if (qs->picked[i] != q->items[i].right) return false;
        return true;
    case LVL_EX_ORDER:
        for (int i = 0; i < qs->shown_count; i++)
            if (qs->shown[i] != i) return false;
        return true;
    case LVL_EX_SORT:
        for (int i = 0; i < q->item_count; i++)
            if (qs->bin[i] != q->items[i].bin) return false;
        return true;
    case LVL_EX_CODE:
        for (int i = 0; i < q->line_count; i++)
            if (qs->picked[i] != ex_code_right_line(q, i)) return false;
        return true;
    case LVL_EX_FILL:
        for (int b = 0; b < q->blank_count; b++)
            if (qs->token[b] != q->blanks[b].answer - 1) return false;
        return true;
    }
    return false;
}

static ex_row *ex_add(ex_rows *out, ex_row_kind kind, ren_color color, int target, const char *fmt,
                      ...) __attribute__((format(printf, 5, 6)));

static ex_row *ex_add(ex_rows *out, ex_row_kind kind, ren_color color, int target, const char *fmt,
                      ...)
{
    if (out->count == EX_MAX_ROWS) return NULL;
    ex_row *r = &out->rows[out->count++];
    memset(r, 0, sizeof *r);
    r->kind = kind;
    r->color = color;
    r->target = target;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->text, sizeof r->text, fmt, ap);
    va_end(ap);
    return r;
}

static void ex_gap(ex_rows *out)
{
    ex_add(out, EX_ROW_GAP, UI_TEXT, -1, "%s", "");
}

/* A why under what it explains, indented. */
static void ex_why(ex_rows *out, const char *why, ren_color color)
{
    if (!why || !*why) return;
    ex_row *r = ex_add(out, EX_ROW_TEXT, color, -1, "%s", why);
    if (r) r->indent = 28;
}

/* The snippet with each {n} shown as [token] (or [ n ] while empty) while
 * the player fills it; the answer shows the tokens bare, so the solved code
 * reads as real code (brackets made PAY_KEY = [os.environ["PAY_KEY"]] a list). */
static void ex_fill_line(const game_quiz *qs, const char *line, bool answers, char *out, size_t size)
{
    const lvl_quiz *q = qs->quiz;
    size_t used = 0;
    for (const char *p = line; *p && used + 1 < size;) {
        int b = -1;
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') b = p[1] - '1';
        if (b >= 0 && b < q->blank_count) {
            int t = answers ? q->blanks[b].answer - 1 : qs->token[b];
            int n = t >= 0 ? snprintf(out + used, size - used, answers ? "%s" : "[%s]",
                                      q->blanks[b].options[t].text)
                           : snprintf(out + used, size - used, "[ %d ]", b + 1);
            used += n > 0 && (size_t)n < size - used ? (size_t)n : size - used - 1;
            p += 3;
        } else {
            out[used++] = *p++;
        }
    }
    out[used] = '\0';
}

static void ex_check_row(const game_screen *s, ex_rows *out, const char *words)
{
    ex_gap(out);
    ex_add(out, EX_ROW_TEXT, UI_ACCENT, ex_positions(s->state) - 1, "%s", words);
}

static void ex_rows_asking(const game_screen *s, ex_rows *out)
{
    const game_quiz *qs = s->state;
    const lvl_quiz *q = qs->quiz;
    switch (q->kind) {
    case LVL_EX_CHOICE:
        for (int i = 0; i < qs->shown_count; i++) {
            int item = qs->shown[i];
            ex_row *r = ex_add(out, EX_ROW_TEXT, UI_TEXT, i, "%s", q->items[item].text);
            if (r && ex_multi(qs)) r->mark = qs->picked[item] ? EX_MARK_BOX_FULL : EX_MARK_BOX_EMPTY;
        }
        if (ex_multi(qs)) ex_check_row(s, out, "Check the answer");
        break;
    case LVL_EX_ORDER:
        for (int i = 0; i < qs->shown_count; i++) {
            ex_row *r = ex_add(out, EX_ROW_TEXT, qs->held == i ? UI_ACCENT : UI_TEXT, i, "%d. %s%s",
                               i + 1, q->items[qs->shown[i]].text, qs->held == i ? "  (moving)" : "");
            if (r) r->highlight = qs->held == i;
        }
        ex_check_row(s, out, "Check the order");
        break;
    case LVL_EX_SORT: {
        /* The bins, named before the player has to guess them. */
        char bins[EX_ROW_BYTES] = "Bins:";
        for (int b = 0; b < q->bin_count; b++) {
            size_t used = strlen(bins);
            snprintf(bins + used, sizeof bins - used, "%s %s", b ? " |" : "", q->bins[b]);
        }
        ex_add(out, EX_ROW_TEXT, UI_DIM, -1, "%s", bins);
        for (int i = 0; i < qs->shown_count; i++) {
            int item = qs->shown[i];
            ex_row *r = ex_add(out, EX_ROW_TEXT, UI_TEXT, i, "%s", q->items[item].text);
            if (r)
                snprintf(r->right_text, sizeof r->right_text, "< %s >",
                         qs->bin[item] ? q->bins[qs->bin[item] - 1] : "?");
        }
        int unsorted = 0;
        for (int i = 0; i < q->item_count; i++) unsorted += !qs->bin[i];
        if (unsorted) {
            /* Check waits for every item: say how many are left, not only bump. */
            char words[64];
            snprintf(words, sizeof words, "Check the bins (%d still at ?)", unsorted);
            ex_check_row(s, out, words);
        } else {
            ex_check_row(s, out, "Check the bins");
        }
        break;
    }
    case LVL_EX_CODE:
        for (int i = 0; i < q->line_count; i++) {
            ex_row *r = ex_add(out, EX_ROW_CODE, UI_TEXT, i, "%s", q->lines[i]);
            if (!r) break;
            r->line_number = i + 1;
            r->highlight = qs->picked[i];
        }
        if (ex_multi(qs)) ex_check_row(s, out, "Check the lines");
        break;
    case LVL_EX_FILL:
        for (int i = 0; i < q->line_count; i++) {
            char line[EX_ROW_BYTES];
            ex_fill_line(qs, q->lines[i], false, line, sizeof line);
            ex_row *r = ex_add(out, EX_ROW_CODE, UI_TEXT, -1, "%s", line);
            if (r) r->line_number = i + 1;
        }
        ex_gap(out);
        for (int b = 0; b < q->blank_count; b++) {
            ex_row *r = ex_add(out, EX_ROW_TEXT, UI_TEXT, b, "Blank %d", b + 1);
            int t = qs->token[b];
            if (r)
                snprintf(r->right_text, sizeof r->right_text, "< %s >",
                         t >= 0 ? q->blanks[b].options[t].text : "choose");
        }
        int open = 0;
        for (int b = 0; b < q->blank_count; b++) open += qs->token[b] < 0;
        if (open) {
            char words[64];
            snprintf(words, sizeof words, "Check the blanks (%d still to choose)", open);
            ex_check_row(s, out, words);
        } else {
            ex_check_row(s, out, "Check the blanks");
        }
        break;
    }
}

static void ex_rows_feedback(const game *g, const game_screen *s, ex_rows *out)
{
    const game_quiz *qs = s->state;
    const lvl_quiz *q = qs->quiz;
    ex_add(out, EX_ROW_TEXT, qs->correct ? UI_GOOD : UI_BAD, -1, "%s",
           qs->correct ? "Right!" : "Not quite.");
    if (qs->note[0]) ex_add(out, EX_ROW_TEXT, UI_ACCENT, -1, "* %s", qs->note);
    switch (q->kind) {
    case LVL_EX_CHOICE:
        for (int i = 0; i < qs->shown_count; i++) {
            int item = qs->shown[i];
            bool yours = ex_multi(qs) ? qs->picked[item] : s->cursor == i;
            bool right = q->items[item].right;
            const char *mark = right && yours ? "  (right, and yours)"
                               : right        ? "  (right answer)"
                               : yours        ? "  (your answer)"
                                              : "";
            ex_add(out, EX_ROW_TEXT, right ? UI_GOOD : yours ? UI_BAD : UI_DIM, -1, "%s%s",
                   q->items[item].text, mark);
            ex_why(out, q->items[item].why, right || yours ? UI_TEXT : UI_DIM);
        }
        break;
    case LVL_EX_ORDER:
        ex_add(out, EX_ROW_TEXT, UI_DIM, -1, "%s", "The order, first to last:");
        for (int i = 0; i < q->item_count; i++) {
            int yours = -1;
            for (int k = 0; k < qs->shown_count; k++)
                if (qs->shown[k] == i) yours = k;
            if (yours == i)
                ex_add(out, EX_ROW_TEXT, UI_GOOD, -1, "%d. %s", i + 1, q->items[i].text);
            else
                ex_add(out, EX_ROW_TEXT, UI_BAD, -1, "%d. %s  (you had it %d.)", i + 1,
                       q->items[i].text, yours + 1);
            ex_why(out, q->items[i].why, UI_TEXT);
        }
        break;
    case LVL_EX_SORT:
        for (int i = 0; i < qs->shown_count; i++) {
            int item = qs->shown[i];
            const lvl_item *it = &q->items[item];
            bool ok = qs->bin[item] == it->bin;
            if (ok)
                ex_add(out, EX_ROW_TEXT, UI_GOOD, -1, "%s: %s", it->text, q->bins[it->bin - 1]);
            else
                ex_add(out, EX_ROW_TEXT, UI_BAD, -1, "%s: %s  (you: %s)", it->text,
                       q->bins[it->bin - 1], qs->bin[item] ? q->bins[qs->bin[item] - 1] : "none");
            ex_why(out, it->why, UI_TEXT);
        }
        break;
    case LVL_EX_CODE: {
        for (int i = 0; i < q->line_count; i++) {
            bool right = ex_code_right_line(q, i), yours = qs->picked[i];
            ex_row *r = ex_add(out, EX_ROW_CODE, right ? UI_GOOD : yours ? UI_BAD : UI_TEXT, -1,
                               "%s", q->lines[i]);
            if (!r) break;
            r->line_number = i + 1;
            r->highlight = right || yours;
            r->dim_code = right || yours;
        }
        ex_gap(out);
        for (int i = 0; i < q->line_count; i++) {
            bool right = ex_code_right_line(q, i), yours = qs->picked[i];
            if (!right && !yours) continue;
            ex_add(out, EX_ROW_TEXT, right ? UI_GOOD : UI_BAD, -1, "Line %d%s", i + 1,
                   right && yours ? " (right, and yours)" : right ? " (the answer)" : " (yours)");
            ex_why(out, q->line_why ? q->line_why[i] : NULL, UI_TEXT);
        }
        break;
    }
    case LVL_EX_FILL:
        for (int i = 0; i < q->line_count; i++) {
            char line[EX_ROW_BYTES];
            ex_fill_line(qs, q->lines[i], true, line, sizeof line);
            ex_row *r = ex_add(out, EX_ROW_CODE, UI_GOOD, -1, "%s", line);
            if (r) r->line_number = i + 1;
        }
        ex_gap(out);
        for (int b = 0; b < q->blank_count; b++) {
            const lvl_blank *bl = &q->blanks[b];
            int yours = qs->token[b], right = bl->answer - 1;
            if (yours == right) {
                ex_add(out, EX_ROW_TEXT, UI_GOOD, -1, "Blank %d: %s", b + 1, bl->options[right].text);
            } else {
                ex_add(out, EX_ROW_TEXT, UI_BAD, -1, "Blank %d: %s  (you: %s)", b + 1,
                       bl->options[right].text, yours >= 0 ? bl->options[yours].text : "none");
                if (yours >= 0) ex_why(out, bl->options[yours].why, UI_DIM);
            }
            ex_why(out, bl->options[right].why, UI_TEXT);
        }
        break;
    }
    if (q->explanation && *q->explanation) {
        ex_gap(out);
        ex_add(out, EX_ROW_TEXT, UI_TEXT, -1, "%s", q->explanation);
    }
    (void)g;
}

void ex_build_rows(const game *g, const game_screen *s, ex_rows *out)
{
    out->count = 0;
    const game_quiz *qs = s->state;
    if (qs->answered)
        ex_rows_feedback(g, s, out);
    else
        ex_rows_asking(s, out);
}
