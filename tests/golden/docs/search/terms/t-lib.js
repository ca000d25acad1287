sitrepSearchData("terms/t-lib",{"liberated":"HPMioEETk8","liberation":"HPMi8"});
