sitrepSearchData("terms/t-tho",{"thomson":"ZJGh2","those":"QNXd8"});
