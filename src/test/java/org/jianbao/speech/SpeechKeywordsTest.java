package org.jianbao.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeechKeywordsTest {

    private final SpeechKeywords keywords = new SpeechKeywords();

    @Test
    void seedKeywordsAreWhatTheSpeechIsAbout() {
        List<Keyword> top = keywords.top(new SpeechAnalyser().analyse(SeedSpeechTest.SEED), 15);
        assertThat(top).hasSize(15);
        assertThat(top).extracting(Keyword::word).contains("改革", "项目", "企业", "全面深化改革", "发展", "产业")
                .doesNotContain("我们", "同志们", "全市", "深化改革");
        assertThat(top).isSortedAccordingTo((a, b) -> Integer.compare(b.count(), a.count()));
        assertThat(top).filteredOn(k -> k.word().equals("全面深化改革")).singleElement()
                .satisfies(k -> assertThat(k.count()).isGreaterThanOrEqualTo(5));
    }

    @Test
    void limitAndPhrasesThatRecur() {
        Speech speech = new SpeechAnalyser().analyse("""
                标题
                一、第一部分
                要加强生态环境保护。生态环境保护是大事。抓好生态环境保护，守护绿水青山。
                """);
        List<Keyword> top = keywords.top(speech, 3);
        assertThat(top).hasSize(3);
        assertThat(top.get(0).word()).isEqualTo("生态环境保护");
        assertThat(top.get(0).count()).isEqualTo(3);
        assertThat(keywords.top(speech, 0)).isEmpty();
    }
}
