sitrepSearchData("terms/t-vag",{"vagner":"WFZl2"});
