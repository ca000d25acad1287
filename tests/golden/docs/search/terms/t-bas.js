sitrepSearchData("terms/t-bas",{"based":"DUFb8xLVv8Dxye8AAVr8yBLh8CIzn8","basin":"SF-g2"});
