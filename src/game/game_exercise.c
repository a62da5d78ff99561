/* game_exercise: the exercise screen. A level's terminal, a mentor or a
 * review desk asks; the player answers with keys, pad or mouse: picks a
 * choice (or all that apply), puts steps in order, sorts items into bins,
 * points at a line of code, fills the blanks of a command. The feedback
 * explains every item. The order things are shown in comes from the game's
 * seed, so positions cannot be learned. A review asks its exercises one
 * after another. */
#include "game_exercise.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- the answer ------------------------------------------------------------ */

static int ex_items(const game_quiz *qs)
{
    const lvl_quiz *q = qs->quiz;
    return q->kind == LVL_EX_CODE ? q->line_count : q->kind == LVL_EX_FILL ? q->blank_count
                                                                             : qs->shown_count;
}

static void ex_shuffle(game *g, int *order, int n)
{
    for (int i = 0; i < n; i++) order[i] = i;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)rng_below(&g->rng, (uint32_t)(i + 1));
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}

static void ex_begin(game *g, game_screen *s, const lvl_quiz *q)
{
    game_quiz *qs = s->state;
    qs->quiz = q;
    qs->stands_for = NULL;
    qs->answered = qs->correct = false;
    qs->note[0] = '\0';
    qs->held = -1;
    qs->scroll = 0;
    memset(qs->picked, 0, sizeof qs->picked);
    memset(qs->bin, 0, sizeof qs->bin);
    s->cursor = 0;
    qs->shown_count = q->item_count < EX_MAX_ITEMS ? q->item_count : EX_MAX_ITEMS;
    ex_shuffle(g, qs->shown, qs->shown_count);
    if (q->kind == LVL_EX_ORDER && qs->shown_count > 1) {
        /* Never already in order: that would answer itself. */
        bool sorted = true;
        for (int i = 0; i < qs->shown_count; i++) sorted = sorted && qs->shown[i] == i;
        if (sorted) {
            int first = qs->shown[0];
            memmove(qs->shown, qs->shown + 1, sizeof *qs->shown * (size_t)(qs->shown_count - 1));
            qs->shown[qs->shown_count - 1] = first;
        }
    }
    for (int b = 0; b < LVL_MAX_BLANKS; b++) {
        qs->token[b] = -1;
        int n = b < q->blank_count ? q->blanks[b].option_count : 0;
        ex_shuffle(g, qs->token_order[b], n < LVL_MAX_TOKENS ? n : LVL_MAX_TOKENS);
    }
    game_sound(g, "talk");
}

/* A terminal's exercise: one missed a moment ago waits until two others
 * came between, so another of its skill is asked in its place (and counts
 * for it). */
static void ex_begin_terminal(game *g, game_screen *s, const lvl_quiz *q, const char *title)
{
    game_quiz *qs = s->state;
    const lvl_quiz *use = game_review_instead(g, q);
    ex_begin(g, s, use);
    snprintf(qs->title, sizeof qs->title, "%s", title);
    if (use == q) return;
    qs->stands_for = q;
    char name[64];
    snprintf(qs->title, sizeof qs->title, "%.100s: another question on %.63s", title,
             game_skill_name(g, q->skill, name, sizeof name));
}

static void ex_review_title(game *g, game_quiz *qs)
{
    const game_review_question *r = &g->index.pool[qs->queue[qs->at]];
    char name[64];
    snprintf(qs->title, sizeof qs->title, "Review %d of %d: %s (from %s)", qs->at + 1, qs->count,
             game_skill_name(g, r->quiz.skill, name, sizeof name), r->level_title);
}

static void ex_answer(game *g, game_screen *s)
{
    game_quiz *qs = s->state;
    const lvl_quiz *q = qs->quiz;
    if (q->kind == LVL_EX_CHOICE && !ex_has_check(qs)) {
        int item = qs->shown[s->cursor];
        qs->picked[item] = true;
        qs->correct = q->items[item].right;
    } else if (q->kind == LVL_EX_CODE && !ex_has_check(qs)) {
        qs->picked[s->cursor] = true;
        qs->correct = ex_is_right(qs);
    } else {
        qs->correct = ex_is_right(qs);
    }
    qs->answered = true;
    qs->held = -1;
    qs->scroll = 0;
    game_level *lv = &g->level;
    if (qs->review) {
        qs->right += qs->correct;
    } else {
        lv->quiz_asked++;
        lv->quiz_right += qs->correct;
    }
    game_sound(g, qs->correct ? "quiz_right" : "quiz_wrong");
    game_review_record(g, q, qs->correct, qs->note, sizeof qs->note);
}

/* The review's next exercise, or its end with a word on how it went. */
static void ex_review_next(game *g, game_screen *s)
{
    game_quiz *qs = s->state;
    if (++qs->at < qs->count) {
        ex_review_title(g, qs);
        ex_begin(g, s, &g->index.pool[qs->queue[qs->at]].quiz);
        return;
    }
    game_screen_close(g, s);
    char text[GAME_PAGE_BYTES];
    snprintf(text, sizeof text,
             "%d of %d right. A missed question comes back after two others, and the next day; "
             "a right answer on a due skill moves it to a longer gap. Mastered: right on two "
             "different questions, each when it was due, 20 hours or more apart. Skills "
             "mastered: %d.",
             qs->right, qs->count, game_mastered_count(g));
    game_say_one(g, "Review done", text);
}

/* --- input --------------------------------------------------------------- */

/* Keeps the row the cursor stands on in sight. */
static void ex_follow(game *g, game_screen *s)
{
    game_quiz *qs = s->state;
    ex_rows rows;
    ex_build_rows(g, s, &rows);
    int row = -1;
    for (int i = 0; i < rows.count; i++)
        if (rows.rows[i].target == s->cursor) row = i;
    if (row < 0) return;
    for (int guard = 0; guard < EX_MAX_ROWS; guard++) {
        ex_layout l;
        ex_place(g, s, &rows, &l);
        if (row < l.first) qs->scroll--;
        else if (row >= l.last) qs->scroll++;
        else return;
    }
}

static void ex_cycle(game_quiz *qs, int position, int direction)
{
    const lvl_quiz *q = qs->quiz;
    if (q->kind == LVL_EX_SORT && position < qs->shown_count) {
        int item = qs->shown[position];
        int n = q->bin_count;
        qs->bin[item] = ((qs->bin[item] - 1 + direction + n) % n) + 1;
        if (qs->bin[item] < 1) qs->bin[item] = 1;
    } else if (q->kind == LVL_EX_FILL && position < q->blank_count) {
        const lvl_blank *bl = &q->blanks[position];
        int n = bl->option_count < LVL_MAX_TOKENS ? bl->option_count : LVL_MAX_TOKENS;
        int at = -1;
        for (int i = 0; i < n; i++)
            if (qs->token_order[position][i] == qs->token[position]) at = i;
        at = at < 0 ? (direction > 0 ? 0 : n - 1) : (at + direction + n) % n;
        qs->token[position] = qs->token_order[position][at];
    }
}

static bool ex_complete(const game_quiz *qs)
{
    const lvl_quiz *q = qs->quiz;
    if (q->kind == LVL_EX_SORT)
        for (int i = 0; i < q->item_count; i++)
            if (!qs->bin[i]) return false;
    if (q->kind == LVL_EX_FILL)
        for (int b = 0; b < q->blank_count; b++)
            if (qs->token[b] < 0) return false;
    return true;
}

static void ex_confirm(game *g, game_screen *s)
{
    game_quiz *qs = s->state;
    const lvl_quiz *q = qs->quiz;
    int n = ex_items(qs);
    if (!ex_has_check(qs)) {
        ex_answer(g, s);
        return;
    }
    if (s->cursor >= n) {
        if (!ex_complete(qs)) {
            game_sound(g, "bump"); /* the Check row says what is missing */
            return;
        }
        ex_answer(g, s);
        return;
    }
    switch (q->kind) {
    case LVL_EX_CHOICE: {
        int item = qs->shown[s->cursor];
        qs->picked[item] = !qs->picked[item];
        break;
    }
    case LVL_EX_CODE:
        qs->picked[s->cursor] = !qs->picked[s->cursor];
        break;
    case LVL_EX_ORDER:
        qs->held = qs->held == s->cursor ? -1 : s->cursor;
        break;
    case LVL_EX_SORT:
    case LVL_EX_FILL:
        /* Left and right choose; confirm goes on to the next row. */
        s->cursor++;
        ex_follow(g, s);
        break;
    }
    game_sound(g, "cursor");
}

static void ex_move(game *g, game_screen *s, int direction)
{
    game_quiz *qs = s->state;
    int positions = ex_positions(qs);
    if (qs->quiz->kind == LVL_EX_ORDER && qs->held >= 0) {
        /* The held step moves; the others make way. */
        int to = qs->held + direction;
        if (to < 0 || to >= qs->shown_count) return;
        int t = qs->shown[to];
        qs->shown[to] = qs->shown[qs->held];
        qs->shown[qs->held] = t;
        qs->held = s->cursor = to;
    } else {
        int to = s->cursor + direction;
        if (to < 0 || to >= positions) return; /* the ends stop the cursor */
        s->cursor = to;
    }
    game_sound(g, "cursor");
    ex_follow(g, s);
}

static void ex_tick(game *g, game_screen *s, const in_frame *in)
{
    game_quiz *qs = s->state;
    const lvl_quiz *q = qs->quiz;
    game_level *lv = &g->level;
    if (!qs->answered) {
        if (in->pressed & IN_BIT(IN_UP)) ex_move(g, s, -1);
        if (in->pressed & IN_BIT(IN_DOWN)) ex_move(g, s, +1);
        if (in->pressed & (IN_BIT(IN_LEFT) | IN_BIT(IN_RIGHT))) {
            ex_cycle(qs, s->cursor, in->pressed & IN_BIT(IN_RIGHT) ? +1 : -1);
            game_sound(g, "cursor");
        }
        if (in->pressed & IN_BIT(IN_CANCEL)) {
            if (qs->held >= 0) {
                qs->held = -1; /* put the step down where it is */
                game_sound(g, "cancel");
                return;
            }
            /* "Later": nothing is recorded, and a review stops here. */
            game_screen_close(g, s);
            game_sound(g, "cancel");
        } else if (in->pressed & IN_BIT(IN_CONFIRM)) {
            ex_confirm(g, s);
        }
        return;
    }
    if (in->pressed & (IN_BIT(IN_UP) | IN_BIT(IN_DOWN))) {
        ex_rows rows;
        ex_build_rows(g, s, &rows);
        ex_layout l;
        ex_place(g, s, &rows, &l);
        if (in->pressed & IN_BIT(IN_UP) && l.more_above) qs->scroll--;
        if (in->pressed & IN_BIT(IN_DOWN) && l.more_below) qs->scroll++;
    }
    if (!(in->pressed & (IN_BIT(IN_CONFIRM) | IN_BIT(IN_CANCEL)))) return;
    if (qs->review) {
        /* A review's exercises belong to other levels: not this one's goals. */
        ex_review_next(g, s);
        return;
    }
    /* Asked in place of another, the answer stands for that one too. */
    const lvl_quiz *asked = qs->stands_for ? qs->stands_for : q;
    if (qs->correct) game_mark_goals(g, LVL_GOAL_ANSWER, asked->id, false);
    scr_level_answer(lv->script, asked->id, qs->correct);
    /* What on_answer said waits below this screen, which moved up for it. */
    s = game_screen_holding(g, qs);
    if (!s) return;
    if (++qs->series_at < qs->series_count && game_screen_find(g, &game_quiz_ops) == s) {
        /* The terminal's next exercise. */
        char title[160];
        snprintf(title, sizeof title, "%s (%d of %d)", qs->series_title, qs->series_at + 1,
                 qs->series_count);
        ex_begin_terminal(g, s, qs->series[qs->series_at], title);
        return;
    }
    game_screen_close(g, s);
}

static uint32_t ex_click(game *g, game_screen *s, int x, int y)
{
    game_quiz *qs = s->state;
    /* Feedback goes on with a click, as with Enter. */
    if (qs->answered) return IN_BIT(IN_CONFIRM);
    ex_rows rows;
    ex_build_rows(g, s, &rows);
    ex_layout l;
    ex_place(g, s, &rows, &l);
    if (x < l.box.x || x > l.box.x + l.box.w) return 0;
    for (int i = l.first; i < l.last; i++) {
        const ex_row *r = &rows.rows[i];
        if (r->target < 0 || y < l.row_y[i] || y >= l.row_y[i] + l.row_h[i]) continue;
        lvl_ex_kind k = qs->quiz->kind;
        bool item = r->target < ex_items(qs);
        if (k == LVL_EX_ORDER && qs->held >= 0 && item) {
            /* A click on another step puts the held one there. */
            int from = qs->held, to = r->target;
            int moving = qs->shown[from];
            if (from < to) memmove(&qs->shown[from], &qs->shown[from + 1], sizeof *qs->shown * (size_t)(to - from));
            else memmove(&qs->shown[to + 1], &qs->shown[to], sizeof *qs->shown * (size_t)(from - to));
            qs->shown[to] = moving;
            qs->held = -1;
            s->cursor = to;
            game_sound(g, "cursor");
            return 0;
        }
        s->cursor = r->target;
        if ((k == LVL_EX_SORT || k == LVL_EX_FILL) && item) return IN_BIT(IN_RIGHT);
        return IN_BIT(IN_CONFIRM);
    }
    return 0;
}

static void ex_draw_screen(const game *g, const game_screen *s, game_painter *p)
{
    if (game_screen_top_const(g) == s) ex_draw(g, s, p);
}

static void ex_close(game *g, game_screen *s)
{
    (void)g;
    free(s->state);
}

const game_screen_ops game_quiz_ops = {
    .name = "exercise", .pauses_level = true, .queued = true, .tick = ex_tick,
    .draw = ex_draw_screen, .click = ex_click, .close = ex_close,
};

bool game_quiz_ask(game *g, const lvl_quiz *q, const char *title, bool review)
{
    /* One at a time: a timer must not pull an exercise from under the player. */
    if (!q || q->item_count + q->line_count + q->blank_count < 1 || game_screen_find(g, &game_quiz_ops))
        return false;
    game_quiz *qs = calloc(1, sizeof *qs);
    if (!qs) return false;
    qs->review = review;
    game_screen *s = game_screen_enqueue(g, &game_quiz_ops, 0, qs);
    if (!s) return false;
    if (review) {
        snprintf(qs->title, sizeof qs->title, "%s", title);
        ex_begin(g, s, q);
    } else {
        ex_begin_terminal(g, s, q, title);
    }
    return true;
}

bool game_quiz_ask_many(game *g, const lvl_quiz *const *quizzes, int count, const char *title)
{
    if (count < 1) return false;
    if (count == 1) return game_quiz_ask(g, quizzes[0], title, false);
    if (game_screen_find(g, &game_quiz_ops)) return false;
    game_quiz *qs = calloc(1, sizeof *qs);
    if (!qs) return false;
    qs->series_count = count < 16 ? count : 16;
    memcpy(qs->series, quizzes, sizeof *quizzes * (size_t)qs->series_count);
    snprintf(qs->series_title, sizeof qs->series_title, "%s", title);
    game_screen *s = game_screen_enqueue(g, &game_quiz_ops, 0, qs);
    if (!s) return false;
    char first[160];
    snprintf(first, sizeof first, "%s (1 of %d)", title, qs->series_count);
    ex_begin_terminal(g, s, quizzes[0], first);
    return true;
}

const lvl_quiz *game_find_exercise(const game *g, const char *id)
{
    const lvl_quiz *q = lvl_quiz_find(&g->level.def, id);
    if (q) return q;
    /* The quest's other levels and its bank: review keeps copies of them. */
    for (int i = 0; i < g->index.pool_count; i++)
        if (strcmp(g->index.pool[i].quiz.id, id) == 0) return &g->index.pool[i].quiz;
    return NULL;
}

void game_quiz_review(game *g, const int *questions, int count)
{
    if (count < 1 || game_screen_find(g, &game_quiz_ops)) return;
    game_quiz *qs = calloc(1, sizeof *qs);
    if (!qs) return;
    qs->review = true;
    qs->count = count < GAME_MAX_REVIEW ? count : GAME_MAX_REVIEW;
    memcpy(qs->queue, questions, sizeof *questions * (size_t)qs->count);
    ex_review_title(g, qs);
    game_screen *s = game_screen_enqueue(g, &game_quiz_ops, 0, qs);
    if (s) ex_begin(g, s, &g->index.pool[qs->queue[0]].quiz);
}
