sitrepSearchData("terms/t-utk",{"utkin":"WFZl8"});
