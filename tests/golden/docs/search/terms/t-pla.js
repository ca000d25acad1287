sitrepSearchData("terms/t-pla",{"planning":"RPzi8","plans":"QNXd8","platform":"RPzi8","plays":"RPzi8"});
