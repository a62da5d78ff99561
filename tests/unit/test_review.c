/* Spaced review: the Leitner schedule and the mastery rule ("right again on a
 * later day or in another level"). */
#include "test_common.h"
#include "review.h"

#include <string.h>

#define DAY 20000

static sav_skill fresh(void)
{
    sav_skill s;
    memset(&s, 0, sizeof s);
    strcpy(s.id, "http");
    s.held = true;
    s.last_day = -1;
    return s;
}

static void intervals_grow_and_level_off(void **state)
{
    (void)state;
    int32_t prev = 0;
    for (int box = 1; box <= SAV_BOX_MAX; box++) {
        int32_t d = rev_interval(box);
        assert_true(d >= prev);
        prev = d;
    }
    assert_int_equal(rev_interval(1), 1);
    assert_int_equal(rev_interval(2), 3);
    assert_int_equal(rev_interval(SAV_BOX_MAX), 120);
    assert_int_equal(rev_interval(0), 0);
}

static void a_right_answer_moves_up_a_box_and_out_in_time(void **state)
{
    (void)state;
    sav_skill s = fresh();
    assert_false(rev_is_due(&s, DAY)); /* never asked: nothing to review */
    assert_int_equal(rev_answer(&s, true, DAY, "web.requests"), REV_RIGHT);
    assert_int_equal(s.box, 1);
    assert_int_equal(s.due_day, DAY + 1);
    assert_int_equal(s.last_day, DAY);
    assert_int_equal(s.right, 1);
    assert_string_equal(s.right_in, "web.requests");
    assert_false(s.mastered);
    assert_false(rev_is_due(&s, DAY));
    assert_true(rev_is_due(&s, DAY + 1));
}

static void mastery_needs_a_later_day_or_another_level(void **state)
{
    (void)state;
    /* Twice right in the same level on the same day: not yet. */
    sav_skill s = fresh();
    rev_answer(&s, true, DAY, "web.requests");
    assert_int_equal(rev_answer(&s, true, DAY, "web.requests"), REV_RIGHT);
    assert_false(s.mastered);
    /* The next day, anywhere: mastered. */
    assert_int_equal(rev_answer(&s, true, DAY + 1, "web.requests"), REV_MASTERED_NOW);
    assert_true(s.mastered);
    /* Once only: it is not "mastered now" again. */
    assert_int_equal(rev_answer(&s, true, DAY + 5, "hub"), REV_RIGHT);

    /* The same day in another level (a review in the hub): mastered. */
    sav_skill t = fresh();
    rev_answer(&t, true, DAY, "web.requests");
    assert_int_equal(rev_answer(&t, true, DAY, "hub"), REV_MASTERED_NOW);
}

static void a_wrong_answer_in_between_breaks_the_pair(void **state)
{
    (void)state;
    sav_skill s = fresh();
    rev_answer(&s, true, DAY, "office.first_day");
    assert_int_equal(rev_answer(&s, false, DAY + 1, "hub"), REV_WRONG);
    assert_int_equal(s.box, 0);
    assert_int_equal(s.due_day, DAY + 1); /* due at once: it comes back first */
    assert_true(rev_is_due(&s, DAY + 1));
    assert_int_equal(s.wrong, 1);
    /* Right after a miss only starts a new pair. */
    assert_int_equal(rev_answer(&s, true, DAY + 1, "web.requests"), REV_RIGHT);
    assert_false(s.mastered);
    assert_int_equal(rev_answer(&s, true, DAY + 2, "web.requests"), REV_MASTERED_NOW);
}

static void mastery_is_kept_and_misses_bring_it_back(void **state)
{
    (void)state;
    sav_skill s = fresh();
    rev_answer(&s, true, DAY, "a");
    rev_answer(&s, true, DAY + 1, "a");
    assert_true(s.mastered);
    rev_answer(&s, false, DAY + 10, "b");
    assert_true(s.mastered);
    assert_int_equal(s.box, 0);
    assert_true(rev_is_due(&s, DAY + 10));
}

static void counts_boxes_and_days_stay_in_the_save_range(void **state)
{
    (void)state;
    sav_skill s = fresh();
    for (int i = 0; i < 40; i++) rev_answer(&s, true, DAY + i * 200, "a");
    assert_int_equal(s.box, SAV_BOX_MAX);
    assert_true(s.due_day <= SAV_DAY_MAX);
    rev_answer(&s, true, SAV_DAY_MAX, "a");
    assert_int_equal(s.due_day, SAV_DAY_MAX);
    s.right = SAV_COUNT_MAX;
    s.wrong = SAV_COUNT_MAX;
    rev_answer(&s, true, DAY, "a");
    rev_answer(&s, false, DAY, "a");
    assert_int_equal(s.right, SAV_COUNT_MAX);
    assert_int_equal(s.wrong, SAV_COUNT_MAX);
    rev_answer(&s, true, -5, NULL); /* nonsense in, sane state out */
    assert_int_equal(s.last_day, 0);
    /* An unheld skill is never due, whatever its schedule. */
    s.held = false;
    assert_false(rev_is_due(&s, SAV_DAY_MAX));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(intervals_grow_and_level_off),
        cmocka_unit_test(a_right_answer_moves_up_a_box_and_out_in_time),
        cmocka_unit_test(mastery_needs_a_later_day_or_another_level),
        cmocka_unit_test(a_wrong_answer_in_between_breaks_the_pair),
        cmocka_unit_test(mastery_is_kept_and_misses_bring_it_back),
        cmocka_unit_test(counts_boxes_and_days_stay_in_the_save_range),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
