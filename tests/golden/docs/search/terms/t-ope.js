sitrepSearchData("terms/t-ope",{"open":"XOPb8AE-b8","opening":"FFSl8","operating":"FFSl8","operations":"EKF1aHJ_58"});
