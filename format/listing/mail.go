package listing

import (
	"strings"
	"unicode/utf8"
)

// A mailing list's digest, or a thread pasted from a mail client, prints
// each message as its headers ("Date:", "From:", "Subject:") over the
// body. The subject is the entry's title and the sender its author; the
// body's greeting, its sign-off and signature, and the lines it quotes
// from earlier messages are the writer's manners, not the summary.

// mailMessages rewrites a digest's messages into the lines the rest of
// the parser reads: the subject alone, as a headline; the sender without
// the address; the body without greeting, sign-off, signature and
// quotes. Other pages are returned as they are.
func mailMessages(lines []line) []line {
	heads := mailHeads(lines)
	if heads == nil {
		return lines
	}
	out := make([]line, 0, len(lines))
	for k, h := range heads {
		if k == 0 {
			out = append(out, lines[:h.start]...)
		}
		end := len(lines)
		if k+1 < len(heads) {
			end = heads[k+1].start
		}
		for i := h.start; i < h.bodyStart; i++ {
			l := lines[i]
			label, value, _ := cutLabel(l.text)
			part := mailPartOf(label)
			if i == h.subject {
				part, value = mailSubject, cutMessageNumber(l.text)
			}
			if part == mailSender {
				value = senderName(value)
			}
			if part != mailNone && value != "" { // "From: <ann@example.org>" names no one
				l.text, l.facts = value, factsOf(value)
				l.newMore().mail = part
			}
			out = append(out, l)
		}
		// One block to a message: the headers, then the body's
		// paragraphs without the blank lines between them.
		out[len(out)-(h.bodyStart-h.start)].gap = true
		for _, body := range mailBody(lines[h.bodyStart:end]) {
			body.gap = false
			body.newMore().mail = mailText
			out = append(out, body)
		}
	}
	return out
}

// cutMessageNumber cuts the number a digest gives a message off its
// subject: "1a. Re: Coal Board records" gives "Re: Coal Board records".
func cutMessageNumber(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	if i > 0 && strings.HasPrefix(s[i:], ". ") {
		return trimSpace(s[i+2:])
	}
	return s
}

// mailPart is what a mail header names of its message's entry.
type mailPart uint8

const (
	mailNone    mailPart = iota
	mailSubject          // the title
	mailSender           // the author
	mailText             // the body: what the message says
)

var (
	subjectLabels = newWordSet("subject", "betreff", "objet", "asunto", "oggetto", "assunto", "тема", "emne", "ämne", "onderwerp", "temat", "aihe")
	senderLabels  = newWordSet("from", "von", "de", "da", "от", "від", "fra", "från", "van", "od", "lähettäjä")
)

// mailPartOf is what a header with the label names.
func mailPartOf(label string) mailPart {
	switch {
	case subjectLabels.hasFold(label):
		return mailSubject
	case senderLabels.hasFold(label):
		return mailSender
	}
	return mailNone
}

// mailHead is where a message's headers start and its body begins.
type mailHead struct {
	start, bodyStart int
	// subject is the line of a subject printed without its label over
	// the other headers ("1a. Re: Coal Board records" / "From: …"), or
	// -1.
	subject int
}

// mailHeads finds the messages of a digest: runs of header lines that
// hold both a sender and a subject. A page needs two such messages to be
// read as mail; else nil.
func mailHeads(lines []line) []mailHead {
	var heads []mailHead
	for i := 0; i < len(lines); i++ {
		if !lines[i].facts.any(hasColon) || !mailHeader(lines[i].text) {
			continue
		}
		j, from, subject, dated := i, false, false, false
		for ; j < len(lines) && j-i < 8 && (j == i || !lines[j].gap) && mailHeader(lines[j].text); j++ {
			label, _, _ := cutLabel(lines[j].text)
			switch mailPartOf(label) {
			case mailSender:
				from = true
			case mailSubject:
				subject = true
			}
			dated = dated || mailDateLabels.hasFold(label)
		}
		switch {
		case from && subject:
			heads = append(heads, mailHead{start: i, bodyStart: j, subject: -1})
		case from && dated && i > 0 && !lines[i].gap && len(lines[i-1].text) <= 200 && !mailHeader(lines[i-1].text) && (len(heads) == 0 || heads[len(heads)-1].bodyStart < i-1):
			// A web archive's digest numbers each message's subject
			// and prints it bare over the sender and date (a catalogue's
			// "From: Series: …" has no date header).
			heads = append(heads, mailHead{start: i - 1, bodyStart: j, subject: i - 1})
		}
		i = j - 1
	}
	if len(heads) < 2 {
		return nil
	}
	return heads
}

// mailHeaderLabels are the headers a mail client prints over a message.
var mailHeaderLabels = unionOf(subjectLabels, senderLabels, newWordSet("to", "cc", "date", "sent", "reply-to", "organization",
	"an", "datum", "gesendet", "à", "envoyé", "para", "enviado", "fecha", "a", "inviato", "кому", "дата", "til",
	"sendt", "till", "skickat", "aan", "verzonden", "do", "data", "wysłano", "komu"))

// mailDateLabels are the headers of mailHeaderLabels that date a
// message.
var mailDateLabels = newWordSet("date", "sent", "datum", "gesendet", "envoyé", "enviado", "fecha", "inviato", "дата", "sendt",
	"skickat", "verzonden", "data", "wysłano")

// mailHeader reports whether s is a mail header line: "From: Ann Lee".
func mailHeader(s string) bool {
	label, value, ok := cutLabel(s)
	return ok && value != "" && mailHeaderLabels.hasFold(label)
}

// senderName is the name in a From header, without the address: `"Hartley,
// Jane" <jh@example.org>` gives "Jane Hartley", as a mail client that
// files people by surname quotes the name turned round.
func senderName(v string) string {
	if b := strings.IndexByte(v, '<'); b > 0 {
		v = v[:b]
	}
	if b := strings.Index(v, "[log in to unmask]"); b >= 0 {
		v = v[:b]
	}
	v = trimSpace(v)
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		v = v[1 : len(v)-1]
		if surname, given, ok := strings.Cut(v, ", "); ok && !strings.Contains(given, ",") && wordCount(surname) <= 2 && wordCount(given) <= 3 {
			v = given + " " + surname
		}
	}
	return trimSpace(v)
}

// mailBody keeps the lines of a message's body that say what it is about:
// not the greeting over it ("Dear all,"), nor the sign-off ("Best
// wishes,") and what follows it, nor a signature after "--", nor the
// lines it quotes (">"), nor a name signed alone at its end.
func mailBody(body []line) []line {
	var kept []line
	for _, l := range body {
		switch {
		case strings.HasPrefix(l.text, ">"):
			continue // a quote of an earlier message
		case l.text == "--" || len(l.text) >= 10 && isRule(l.text):
			// A signature follows "--"; a digest's rule ends the message,
			// and what follows it is the digest's.
			return trimSignature(kept)
		case salutation(l.text) && len(kept) == 0:
			continue // the greeting
		case salutation(l.text):
			return trimSignature(kept) // the sign-off: the rest is signature
		}
		kept = append(kept, l)
	}
	return trimSignature(kept)
}

// salutation reports whether s is a greeting or sign-off line: a few
// words closed by a comma ("Dear all,", "Many thanks,", "Best wishes,").
func salutation(s string) bool {
	if !strings.HasSuffix(s, ",") || utf8.RuneCountInString(s) > 40 {
		return false
	}
	return wordCount(s) <= 4
}

// trimSignature drops the short lines that end a message without a
// sentence's stop: the writer's name and post under it ("Jane Hartley",
// "Lecturer in Modern Irish History").
func trimSignature(kept []line) []line {
	for len(kept) > 1 {
		s := kept[len(kept)-1].text
		if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".!?…\"”»)", r) || wordCount(s) > 6 {
			break
		}
		kept = kept[:len(kept)-1]
	}
	return kept
}
