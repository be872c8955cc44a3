package claims

import "testing"

func TestClockRanges(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []float64
	}{
		{"Our groups run 9 a.m. to 12:15 p.m., or else 1 p.m. to 4:15 p.m.", []float64{3.25, 3.25}},
		{"Tuesday 9am to 2pm", []float64{5}},
		// The earlier time may leave out its minutes when the later one
		// gives them; a ratio is no time.
		{"Groups are held Tuesday evenings from 6 to 7:30.", []float64{1.5}},
		{"Groups run 9-12:30 on weekdays.", []float64{3.5}},
		{"Staff to client ratio is 2 to 3:1.", nil},
		{"Group days run from 8:30 in the morning to 12:30 in the afternoon.", []float64{4}},
		{"Evening group goes from 6 to 9 in the evening.", []float64{3}},
		{"Doors open at 9 in the morning and groups end at 2.", nil},
		{"Each group starts at 5:30 and ends at 8:30 p.m.", []float64{3}},
		{"The day begins at 9 a.m. and finishes by noon.", []float64{3}},
		{"Evening track: 6:00 p.m. until 9:30 p.m.", []float64{3.5}},
		{"Saturdays 9 a.m. to 12 noon", []float64{3}},
		{"Monday - Friday: 9:00 am - 12:00 pm", []float64{3}},
		{"Sessions run 6-9 pm on weeknights.", []float64{3}},
		{"Call us at 9 to 5 if you like", nil},
		{"Morning group 10-12 pm", []float64{2}}, // the earlier time takes a.m. when p.m. runs backwards
		{"Night shift from 11 pm to 2 am", nil},  // across midnight: no day program
		{"from 8 a.m. to 10 p.m.", nil},          // 14 hours is no day program
		{"Monday to Friday, 9:00-12:00", []float64{3}},
		{"Groups run from 9:30 to 12:30 on weekdays.", []float64{3}},
		{"Evening group 10:30-1:30, then a break", []float64{3}},
		// A letter for the half of the day, as schedule tables shorten it.
		{"Tuesday and Thursday, 6:30p–8:30p", []float64{2}},
		{"Weekdays 10:00a–2:00p", []float64{4}},
		// British copy dots its minutes; a decimal before no half of the
		// day is no time.
		{"The programme runs 9.30am to 12.30pm, Monday to Friday.", []float64{3}},
		{"Groups run from 10.00 am to 4.00 pm on weekdays.", []float64{6}},
		{"Each session starts at 1.15pm and finishes at 3.45pm.", []float64{2.5}},
		{"Most stay 2.50 to 3.75 weeks.", nil},
		{"Group A 11:30-1:00p, group B 11:30a-1:00p", []float64{1.5, 1.5}},
		{"Lab results at 9:45 pages 3:10 apart", nil},
		// A time stamp's minutes, seconds and zone are no span.
		{"Last updated 2024-02-07T09:11:25-03:30", nil},
		{"Ratio of 1:10 to 1:20 staff", nil}, // minutes over 59 or spans under half an hour are no day
		{"Schedule: 9:00 am - 12:00 pm and 1:00-4:00", []float64{3, 3}},
		{"Programming is delivered Monday through Friday between 9 a.m. and 3 p.m.", []float64{6}},
		{"Groups start at 9 a.m. and 1 p.m.", nil},
		// A window to start or arrive in is no span met.
		{"Evening sessions typically begin between 5:30 and 7 p.m.", nil},
		{"Most residents arrive between 11 a.m. and 3 p.m. on a weekday.", nil},
		{"Clients can start anywhere from 6 to 7:30 p.m.", nil},
		{"Our IOP meets between 6 and 9 p.m.", []float64{3}},
		{"Our evening IOP starts from 6 p.m. to 9 p.m., three nights a week.", []float64{3}},
		{"Our PHP runs five days a week, starting from 9 a.m. to 3 p.m.", []float64{6}},
		{"Start times range from 5:30 to 6:30 p.m.", nil},
		{"You can come in any time between 8 and 9 a.m.", nil},
		{"Groups usually begin after the school day, between 3:15 and 4 p.m.", nil},
		{"Check-in is between 7:30 and 8 a.m. every weekday.", nil},
		{"Arrival is usually between 5 and 5:30 p.m.", nil},
		{"Groups meet after work, between 6 and 9 p.m.", []float64{3}},
		// So is a window to finish or leave in, alone or after a window to
		// start in.
		{"The school day may begin between 7:45 and 8:15 a.m. and finish between 2:30 and 3 p.m.", nil},
		{"Most days wrap up between 3:30 and 4 p.m.", nil},
		{"Pick-up is between 2:45 and 3:15 p.m.", nil},
		{"Students are dismissed between 4 and 4:30 p.m.", nil},
		{"Our IOP ends between 8 and 9 p.m. when groups run long.", nil},
		// A day in two blocks is one day of both.
		{"Groups run from 8:30 a.m. to 11:30 a.m. and again from 12:30 to 3:30 p.m.", []float64{6}},
		{"Each day has a morning block from 9 to 10:30 a.m. and an afternoon block from 1 to 2:30 p.m.", []float64{3}},
		{"Sessions run 9:00–12:00 and 1:00–4:00, with lunch in between.", []float64{6}},
		{"Our IOP meets three mornings a week, 9 to noon.", []float64{3}},
	} {
		var got []float64
		for _, q := range clockRanges(tc.text) {
			got = append(got, q.Min)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
			}
		}
	}
}
