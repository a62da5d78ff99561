# The Quantum Computing quest's own tests (levels/quantum/): its golden image,
# the Bell bench mid-play (tests/quests/screens/quantum_bell.replay): H on q0,
# a CNOT from q0 to q1, and 1000 shots that give only 00 and 11.
add_test(NAME screen_quest_quantum_bell
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden quantum_bell --level ${PROJECT_SOURCE_DIR}/levels/quantum/02_bell_bench.lua)
