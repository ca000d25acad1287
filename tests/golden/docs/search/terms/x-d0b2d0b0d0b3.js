sitrepSearchData("terms/x-d0b2d0b0d0b3",{"вагнер":"WFZl2","вагнера":"WFZl2"});
