sitrepSearchData("terms/t-ope",{"open":"XOPb8AE-b8","opening":"RPzi8","operating":"RPzi8","operations":"EKF1aFCY78"});
