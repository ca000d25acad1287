sitrepSearchData("terms/t-sur",{"surface":"DTIn8QAEc8","surprise":"QNXd8"});
