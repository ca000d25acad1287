sitrepSearchData("terms/t-fig",{"fighters":"WFZl2","fighting":"DAP18yBzk8yFVt8EETkg"});
