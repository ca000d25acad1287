sitrepSearchData("terms/t-gro",{"ground":"HPMigEETk8","group":"FFSl8NwD02"});
