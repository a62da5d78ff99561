/* game_review: spaced review in play. Every quiz question a level tags with a
 * skill is kept in a pool; answers move the skill through review.c's
 * schedule, stored in the progress that is saved; a review (the `review`
 * behaviour, sq.review) asks the questions that are due, taken from levels
 * other than the one being played, missed ones first. */
#include "game_internal.h"
#include "review.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const sav_skill *game_skill_find(const game *g, const char *id)
{
    for (int i = 0; i < g->progress.saved.skill_count; i++)
        if (strcmp(g->progress.saved.skills[i].id, id) == 0) return &g->progress.saved.skills[i];
    return NULL;
}

sav_skill *game_skill_state(game *g, const char *id)
{
    sav_progress *p = &g->progress.saved;
    const sav_skill *found = game_skill_find(g, id);
    if (found) return &p->skills[found - p->skills];
    if (p->skill_count == SAV_MAX_SKILLS || strlen(id) > SAV_ID_MAX) return NULL;
    sav_skill *s = &p->skills[p->skill_count++];
    memset(s, 0, sizeof *s);
    snprintf(s->id, sizeof s->id, "%s", id);
    s->last_day = -1;
    return s;
}

const char *game_skill_name(const game *g, const char *id, char *buf, size_t size)
{
    scr_skill_info info;
    snprintf(buf, size, "%s", scr_catalogue_find(g->catalogue, id, &info) ? info.name : id);
    return buf;
}

void game_review_record(game *g, const lvl_quiz *q, bool right, const char *level_id, char *note,
                        size_t note_size)
{
    if (!q->skill) return;
    sav_skill *s = game_skill_state(g, q->skill);
    if (!s) return;
    s->held = game_has_skill(g, q->skill);
    rev_outcome outcome = rev_answer(s, right, g->progress.today, level_id ? level_id : "");
    g->progress.save_wanted = true; /* an answer changes the schedule: a safe point */
    if (outcome != REV_MASTERED_NOW || !s->held) return;
    char name[64];
    snprintf(note, note_size, "Mastered: %s (right again, on another day or in another level)",
             game_skill_name(g, q->skill, name, sizeof name));
    game_sound(g, "mastered");
    game_update_rank(g, true);
}

void game_review_collect(game *g, const lvl_def *def)
{
    game_index *ix = &g->index;
    for (int i = 0; i < def->quiz_count; i++) {
        const lvl_quiz *q = &def->quizzes[i];
        if (!q->skill) continue;
        if (ix->pool_count == GAME_MAX_REVIEW_POOL) return;
        if (!ix->pool) {
            ix->pool = calloc(GAME_MAX_REVIEW_POOL, sizeof *ix->pool);
            if (!ix->pool) return;
        }
        game_review_question *r = &ix->pool[ix->pool_count];
        memset(r, 0, sizeof *r);
        if (!lvl_quiz_copy(&r->quiz, q)) continue; /* out of memory: this one is not reviewed */
        snprintf(r->level_id, sizeof r->level_id, "%s", def->id ? def->id : "");
        snprintf(r->level_title, sizeof r->level_title, "%s", def->title ? def->title : r->level_id);
        ix->pool_count++;
    }
}

void game_review_free(game *g)
{
    game_index *ix = &g->index;
    for (int i = 0; i < ix->pool_count; i++) lvl_quiz_free(&ix->pool[i].quiz);
    free(ix->pool);
    ix->pool = NULL;
    ix->pool_count = 0;
}

/* The level being played: its own questions are not reviews. */
static const char *game_review_here(const game *g)
{
    return g->level.loaded && g->level.def.id ? g->level.def.id : "";
}

/* Questions about the skill asked from elsewhere; returns how many, and the
 * index of the one to ask now (turn by turn, so a skill with several
 * questions does not repeat the same one). */
static int game_review_choose(const game *g, const sav_skill *s, int *chosen)
{
    const char *here = game_review_here(g);
    int count = 0;
    for (int i = 0; i < g->index.pool_count; i++) {
        const game_review_question *r = &g->index.pool[i];
        if (strcmp(r->quiz.skill, s->id) == 0 && strcmp(r->level_id, here) != 0) count++;
    }
    if (count == 0) return 0;
    int want = (int)((s->right + s->wrong) % (uint32_t)count), seen = 0;
    for (int i = 0; i < g->index.pool_count; i++) {
        const game_review_question *r = &g->index.pool[i];
        if (strcmp(r->quiz.skill, s->id) != 0 || strcmp(r->level_id, here) == 0) continue;
        if (seen++ == want) *chosen = i;
    }
    return count;
}

/* Missed questions first (box 0), then the longest overdue, then by id: the
 * same progress always gives the same review. */
static int game_review_order(const sav_skill *a, const sav_skill *b)
{
    if (a->box != b->box) return a->box - b->box;
    if (a->due_day != b->due_day) return a->due_day < b->due_day ? -1 : 1;
    return strcmp(a->id, b->id);
}

static int game_review_pick(game *g, int *out, int max)
{
    int skill[SAV_MAX_SKILLS], question[SAV_MAX_SKILLS], due = 0;
    for (int i = 0; i < g->progress.saved.skill_count; i++) {
        sav_skill *s = &g->progress.saved.skills[i];
        s->held = game_has_skill(g, s->id);
        int q = -1;
        if (!rev_is_due(s, g->progress.today) || !game_review_choose(g, s, &q)) continue;
        /* Insertion sort: a few hundred skills at most. */
        int at = due++;
        while (at > 0 && game_review_order(s, &g->progress.saved.skills[skill[at - 1]]) < 0) {
            skill[at] = skill[at - 1];
            question[at] = question[at - 1];
            at--;
        }
        skill[at] = i;
        question[at] = q;
    }
    int n = due < max ? due : max;
    for (int i = 0; i < n; i++) out[i] = question[i];
    return n;
}

int game_reviews_due(game *g)
{
    int ignored[SAV_MAX_SKILLS];
    return game_review_pick(g, ignored, SAV_MAX_SKILLS);
}

int game_review_start(game *g, int max)
{
    if (max > GAME_MAX_REVIEW) max = GAME_MAX_REVIEW;
    if (max < 1) max = 1;
    int queue[GAME_MAX_REVIEW];
    int n = game_review_pick(g, queue, max);
    if (n == 0) return 0;
    game_quiz_review(g, queue, n);
    return game_quiz_open(g) || game_screen_find(g, &game_quiz_ops) ? n : 0;
}

void game_set_today(game *g, int32_t today)
{
    g->progress.today = today < 0 ? 0 : today > SAV_DAY_MAX ? SAV_DAY_MAX : today;
}

int32_t game_today(const game *g)
{
    return g->progress.today;
}

