package io.muyield.core.enterprise;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The packed set answers exactly what a HashSet of the same strings answers, through growth and for invalid strings. */
class CreditCodeSetTest {

    @Test
    void membershipIsExactlyThatOfAHashSetThroughGrowth() {
        Random random = new Random(7);
        CreditCodeSet set = new CreditCodeSet(4);
        Set<String> reference = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String code = randomCode(random);
            assertThat(set.add(code)).isEqualTo(reference.add(code));
        }
        assertThat(set.size()).isEqualTo(reference.size());
        for (String code : reference) {
            assertThat(set.contains(code)).isTrue();
            assertThat(set.contains(new CreditCode(code))).isTrue();
        }
        for (int i = 0; i < 50_000; i++) {
            String probe = randomCode(random);
            assertThat(set.contains(probe)).as(probe).isEqualTo(reference.contains(probe));
        }
    }

    @Test
    void codesDifferingInOneSymbolAreDifferentMembers() {
        String a = code("91500112MA5U000010");
        String b = code("91500112MA5U000020");
        String c = code("81500112MA5U000010");
        CreditCodeSet set = new CreditCodeSet();
        set.add(a);
        assertThat(set.contains(a)).isTrue();
        assertThat(set.contains(b)).isFalse();
        assertThat(set.contains(c)).isFalse();
        assertThat(set.add(a)).isFalse();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void stringsThatAreNotValidCodesAreKeptExactlyToo() {
        CreditCodeSet set = new CreditCodeSet();
        String legacy = "91500112MA5U00000";
        set.add(legacy);
        set.add("915001120000000010"); // a wrong check symbol
        assertThat(set.contains(legacy)).isTrue();
        assertThat(set.contains("915001120000000010")).isTrue();
        assertThat(set.contains("91500112MA5U000009")).isFalse();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void validAgreesWithTheExplainedCheck() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String s = random.nextInt(3) == 0 ? randomCode(random)
                    : randomCode(random).substring(0, 17) + CreditCode.ALPHABET.charAt(random.nextInt(31));
            if (random.nextInt(10) == 0) {
                s = s.replace(s.charAt(3), 'I');
            }
            assertThat(CreditCode.valid(s)).as(s).isEqualTo(CreditCode.problemWith(s).isEmpty());
        }
        assertThat(CreditCode.valid("")).isFalse();
        assertThat(CreditCode.valid("9150011200000000１X")).isFalse();
    }

    /** A valid code from its first 17 symbols (the 18th given is replaced by the check symbol). */
    private static String code(String eighteen) {
        String first17 = eighteen.substring(0, 17);
        return first17 + CreditCode.checkDigit(first17);
    }

    private static String randomCode(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            b.append(CreditCode.ALPHABET.charAt(random.nextInt(random.nextInt(4) == 0 ? 31 : 10)));
        }
        return b.append(CreditCode.checkDigit(b.toString())).toString();
    }
}
