sitrepSearchData("terms/t-cap",{"capabilities":"RPzi8","capital":"KLCc8","capture":"WFZl8","captured":"QNXdx0xxE58GEK48"});
