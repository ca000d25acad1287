sitrepSearchData("terms/t-bei",{"being":"HPMioEETk8"});
