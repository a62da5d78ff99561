# The Mentoring and Teaching quest's own tests (levels/mentoring/): its
# golden image, the review room mid-play: a Question card carried from its
# stack to Tobi, who is trying it, with the Pull requests panel
# (tests/quests/screens/mentoring_pr.replay).
add_test(NAME screen_quest_mentoring_pr
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden mentoring_pr --level ${PROJECT_SOURCE_DIR}/levels/mentoring/01_review_room.lua)
