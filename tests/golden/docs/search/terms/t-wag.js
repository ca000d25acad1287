sitrepSearchData("terms/t-wag",{"wagner":"RPzi8ASW36","wagnerites":"WFZl6"});
