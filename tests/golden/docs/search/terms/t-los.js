sitrepSearchData("terms/t-los",{"lose":"HPMi8","losing":"PYE6g","losses":"FFSl8yFVt8"});
