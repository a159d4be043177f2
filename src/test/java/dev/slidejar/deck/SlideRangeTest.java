package dev.slidejar.deck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlideRangeTest {
    @Test
    void allWhenEmptyOrStar() {
        assertThat(SlideRange.parse(3, null)).containsExactly(1, 2, 3);
        assertThat(SlideRange.parse(3, "")).containsExactly(1, 2, 3);
        assertThat(SlideRange.parse(3, "all")).containsExactly(1, 2, 3);
        assertThat(SlideRange.parse(3, "*")).containsExactly(1, 2, 3);
        assertThat(SlideRange.parse(3, "none")).isEmpty();
    }

    @Test
    void listsAndRangesSortedAndDeduplicated() {
        assertThat(SlideRange.parse(10, "8,1,3-5;4")).containsExactly(1, 3, 4, 5, 8);
        assertThat(SlideRange.parse(10, "7-")).containsExactly(7, 8, 9, 10);
    }

    @Test
    void numbersPastTheTotalAreDroppedButZeroIsKeptForReporting() {
        assertThat(SlideRange.parse(4, "3-9,12")).containsExactly(3, 4);
        assertThat(SlideRange.parse(4, "0,2")).containsExactly(0, 2);
        assertThat(SlideRange.parse(4, "x,2")).containsExactly(2);
    }
}
