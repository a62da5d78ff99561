/* game_exercise_query: what tests and the level test runner ask of the open
 * exercise, and the keys that answer it: the test runner answers right or
 * wrong on purpose by pressing what a player would press, one key a tick,
 * so the real input handling is what gets tested. */
#include "game_exercise.h"

#include <stdlib.h>

static const game_screen *ex_shown(const game *g)
{
    const game_screen *s = game_screen_top_const(g);
    return s && s->ops == &game_quiz_ops ? s : NULL;
}

static const game_quiz *ex_state(const game *g)
{
    const game_screen *s = ex_shown(g);
    return s ? s->state : NULL;
}

bool game_quiz_open(const game *g)
{
    return ex_shown(g) != NULL;
}

int game_quiz_answer(const game *g)
{
    const game_quiz *qs = ex_state(g);
    if (!qs || qs->quiz->kind != LVL_EX_CHOICE) return 0;
    for (int i = 0; i < qs->quiz->item_count; i++)
        if (qs->quiz->items[i].right) return i + 1;
    return 0;
}

int game_quiz_cursor(const game *g)
{
    const game_screen *s = ex_shown(g);
    if (!s) return 0;
    const game_quiz *qs = s->state;
    if (qs->quiz->kind == LVL_EX_CHOICE && s->cursor < qs->shown_count) return qs->shown[s->cursor] + 1;
    return s->cursor + 1;
}

int game_quiz_verdict(const game *g)
{
    const game_quiz *qs = ex_state(g);
    return qs && qs->answered ? qs->correct : -1;
}

const char *game_quiz_text(const game *g)
{
    const game_quiz *qs = ex_state(g);
    if (!qs) return NULL;
    return qs->answered ? qs->quiz->explanation : qs->quiz->question;
}

int game_quiz_choice_count(const game *g)
{
    const game_quiz *qs = ex_state(g);
    return qs ? qs->quiz->item_count : 0;
}

const char *game_exercise_kind(const game *g)
{
    const game_quiz *qs = ex_state(g);
    return qs ? lvl_ex_kind_name(qs->quiz->kind) : NULL;
}

const char *game_exercise_id(const game *g)
{
    const game_quiz *qs = ex_state(g);
    return qs ? qs->quiz->id : NULL;
}

int game_quiz_row_y(const game *g, int choice, int *row_h)
{
    const game_screen *s = ex_shown(g);
    *row_h = 0;
    if (!s) return -1;
    const game_quiz *qs = s->state;
    ex_rows rows;
    ex_build_rows(g, s, &rows);
    ex_layout l;
    ex_place(g, s, &rows, &l);
    int position = choice - 1;
    if (qs->quiz->kind == LVL_EX_CHOICE)
        for (int i = 0; i < qs->shown_count; i++)
            if (qs->shown[i] == choice - 1) position = i;
    for (int i = l.first; i < l.last; i++)
        if (rows.rows[i].target == position) {
            *row_h = l.row_h[i];
            return l.row_y[i];
        }
    return -1;
}

int game_exercise_item_at(const game *g, int position)
{
    const game_quiz *qs = ex_state(g);
    return qs && position >= 0 && position < qs->shown_count ? qs->shown[position] : -1;
}

int game_exercise_token(const game *g, int blank)
{
    const game_quiz *qs = ex_state(g);
    return qs && blank >= 0 && blank < qs->quiz->blank_count ? qs->token[blank] : -1;
}

/* --- answering on purpose -------------------------------------------------- */

static int ex_toward(int from, int to)
{
    return from < to ? IN_DOWN : IN_UP;
}

static bool ex_line_right(const lvl_quiz *q, int line)
{
    for (int i = 0; i < q->answer_count; i++)
        if (q->answers[i] == line + 1) return true;
    return false;
}

/* Where (as written) each step should end up: in order, or (on purpose
 * wrong) the first two swapped. */
static int ex_goal_item(int position, bool right)
{
    if (right) return position;
    return position == 0 ? 1 : position == 1 ? 0 : position;
}

int game_exercise_next_action(const game *g, bool right, int choice)
{
    const game_screen *s = ex_shown(g);
    if (!s) return -1;
    const game_quiz *qs = s->state;
    const lvl_quiz *q = qs->quiz;
    if (qs->answered) return -1;
    int check = ex_positions(qs) - 1;
    int cur = s->cursor;
    switch (q->kind) {
    case LVL_EX_CHOICE:
        if (!ex_has_check(qs)) {
            int want = -1;
            for (int i = 0; i < qs->shown_count && want < 0; i++) {
                int item = qs->shown[i];
                if (choice > 0 ? item == choice - 1 : q->items[item].right == right) want = i;
            }
            if (want < 0) return -1;
            return cur == want ? IN_CONFIRM : ex_toward(cur, want);
        }
        for (int i = 0; i < qs->shown_count; i++) {
            int item = qs->shown[i];
            /* A choice named: that one ticked alone. Else the right ones, or
             * (wrong on purpose) the first item shown judged the other way. */
            bool want = choice > 0 ? item == choice - 1 : q->items[item].right != (!right && i == 0);
            if (qs->picked[item] != want) return cur == i ? IN_CONFIRM : ex_toward(cur, i);
        }
        return cur == check ? IN_CONFIRM : ex_toward(cur, check);
    case LVL_EX_CODE: {
        if (!ex_has_check(qs)) {
            int want = -1;
            for (int i = 0; i < q->line_count && want < 0; i++)
                if (ex_line_right(q, i) == right) want = i;
            if (want < 0) return -1;
            return cur == want ? IN_CONFIRM : ex_toward(cur, want);
        }
        for (int i = 0; i < q->line_count; i++) {
            bool want = ex_line_right(q, i) != (!right && i == 0);
            if (qs->picked[i] != want) return cur == i ? IN_CONFIRM : ex_toward(cur, i);
        }
        return cur == check ? IN_CONFIRM : ex_toward(cur, check);
    }
    case LVL_EX_ORDER:
        if (qs->held >= 0) {
            int item = qs->shown[qs->held], goal = -1;
            for (int p = 0; p < qs->shown_count; p++)
                if (ex_goal_item(p, right) == item) goal = p;
            return qs->held == goal ? IN_CONFIRM : ex_toward(qs->held, goal);
        }
        for (int p = 0; p < qs->shown_count; p++) {
            int want = ex_goal_item(p, right);
            if (qs->shown[p] == want) continue;
            for (int k = 0; k < qs->shown_count; k++)
                if (qs->shown[k] == want) return cur == k ? IN_CONFIRM : ex_toward(cur, k);
        }
        return cur == check ? IN_CONFIRM : ex_toward(cur, check);
    case LVL_EX_SORT:
        for (int i = 0; i < qs->shown_count; i++) {
            int item = qs->shown[i];
            int want = q->items[item].bin;
            if (!right && i == 0) want = want % q->bin_count + 1;
            if (qs->bin[item] != want) return cur == i ? IN_RIGHT : ex_toward(cur, i);
        }
        return cur == check ? IN_CONFIRM : ex_toward(cur, check);
    case LVL_EX_FILL:
        for (int b = 0; b < q->blank_count; b++) {
            int want = q->blanks[b].answer - 1;
            if (!right && b == 0) want = (want + 1) % q->blanks[b].option_count;
            if (qs->token[b] != want) return cur == b ? IN_RIGHT : ex_toward(cur, b);
        }
        return cur == check ? IN_CONFIRM : ex_toward(cur, check);
    }
    return -1;
}
