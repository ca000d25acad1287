sitrepSearchData("terms/t-wag",{"wagner":"FFSl8NwD06","wagnerites":"WFZl6"});
