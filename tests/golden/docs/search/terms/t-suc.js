sitrepSearchData("terms/t-suc",{"success":"FFSl8","successes":"HPMi8","successfully":"PYE6g"});
