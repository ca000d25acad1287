sitrepSearchData("terms/t-age",{"agency":"ZJGh8"});
